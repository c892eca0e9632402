package org.imc.platform.twinning;

/**
 * Partner finder filters; each optional. {@code country} matches exactly, {@code region}
 * anywhere in the text; {@code sharedLanguage} keeps only candidates sharing a language with us.
 */
public record PartnerFilter(String country, String region, PopulationBand band, boolean sharedLanguage) {

    public static PartnerFilter none() {
        return new PartnerFilter(null, null, null, false);
    }
}
