package org.imc.platform.directory;

import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;

/**
 * Directory filters; every part is optional. {@code name} and {@code region} match anywhere in
 * the text, {@code country} exactly.
 */
public record MunicipalityFilter(
        String name, String country, String region, Pillar pillar, SubProgramme needs, SubProgramme offers) {

    public static MunicipalityFilter none() {
        return new MunicipalityFilter(null, null, null, null, null, null);
    }
}
