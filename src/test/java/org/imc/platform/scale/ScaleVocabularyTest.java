package org.imc.platform.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.Test;

/** The generated data fits the schema and looks varied enough to benchmark filters on. */
class ScaleVocabularyTest {

    @Test
    void countriesAreAboutSixtyAndComplete() {
        assertThat(ScaleVocabulary.COUNTRY_LIST).hasSizeBetween(55, 65);
        assertThat(ScaleVocabulary.COUNTRY_LIST).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank().hasSizeLessThanOrEqualTo(80);
            assertThat(c.regions())
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r).isNotBlank().hasSizeLessThanOrEqualTo(120));
            assertThat(String.join(", ", c.languages())).hasSizeLessThanOrEqualTo(200);
            assertThat(c.weight()).isPositive();
            assertThat(Math.abs(c.latitude()) + c.spread()).isLessThan(90);
        });
    }

    @Test
    void placeNamesFitTheColumnAndRarelyRepeat() {
        Random random = new Random(1);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String name = ScaleVocabulary.pick(random, ScaleVocabulary.COUNTRY_LIST)
                    .style()
                    .name(random);
            assertThat(name).isNotBlank().isEqualTo(name.strip()).hasSizeLessThanOrEqualTo(120);
            names.add(name);
        }
        assertThat(names).hasSizeGreaterThan(900);
    }

    @Test
    void everySubProgrammeHasNeedsAndOffers() {
        Random random = new Random(1);
        for (SubProgramme subProgramme : SubProgramme.values()) {
            assertThat(ScaleVocabulary.need(subProgramme, random)).isNotBlank().hasSizeLessThanOrEqualTo(500);
            assertThat(ScaleVocabulary.offer(subProgramme, random)).isNotBlank().hasSizeLessThanOrEqualTo(500);
        }
    }

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = new long[50];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (50 - i) * 1_000_000L;
        }
        assertThat(DirectoryBenchmark.percentile(nanos, 50)).isEqualTo(25.0);
        assertThat(DirectoryBenchmark.percentile(nanos, 95)).isEqualTo(48.0);
    }
}
