package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shared languages by mask, and by name for languages beyond the first 63 of the index. */
class PartnerIndexLanguagesTest {

    @Test
    void languagesAreComparedByMaskAndBeyondTheMaskByName() {
        PartnerIndex.Entry english = entry(1, 0b01, "english");
        PartnerIndex.Entry englishFrench = entry(2, 0b11, "english", "french");
        PartnerIndex.Entry french = entry(3, 0b10, "french");
        assertThat(english.sharesLanguageWith(englishFrench)).isTrue();
        assertThat(english.sharesLanguageWith(french)).isFalse();

        long other = PartnerIndex.OTHER_LANGUAGES;
        PartnerIndex.Entry wolof = entry(4, other, "wolof");
        PartnerIndex.Entry wolofToo = entry(5, other | 0b01, "english", "wolof");
        PartnerIndex.Entry lingala = entry(6, other, "lingala");
        assertThat(wolof.sharesLanguageWith(wolofToo)).isTrue();
        assertThat(wolof.sharesLanguageWith(lingala))
                .as("both beyond the mask, different languages")
                .isFalse();
        assertThat(wolofToo.sharesLanguageWith(english)).isTrue();
    }

    private static PartnerIndex.Entry entry(long id, long mask, String... languages) {
        return new PartnerIndex.Entry(
                id,
                "M" + id,
                "Ghana",
                null,
                null,
                String.join(", ", languages),
                0,
                0,
                0,
                languages,
                mask,
                Double.NaN,
                Double.NaN);
    }
}
