package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imc.platform.IntegrationTest;
import org.imc.platform.directory.MunicipalityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The partner ranking on the demo data: database order and Java explanation agree. */
class PartnerFinderTest extends IntegrationTest {

    @Autowired
    PartnerFinder finder;

    @Autowired
    MunicipalityService municipalities;

    @Test
    void ranksEveryOtherMunicipalityBestFirstAndExplainsTheScore() throws Exception {
        List<PartnerSuggestion> all = callAs("mayor", () -> finder.suggestions(PartnerFilter.none(), 0, 100));
        long total = callAs("mayor", () -> finder.count(PartnerFilter.none()));
        assertThat(total).isEqualTo(jdbc.queryForObject("select count(*) from municipality", Long.class) - 1);
        assertThat(all).hasSize((int) Math.min(total, 100));
        assertThat(all).extracting(PartnerSuggestion::name).doesNotContain("Accra");
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).score()).isLessThanOrEqualTo(all.get(i - 1).score());
        }
        // the score the database sorted by equals the explained one
        PartnerScoring.Profile accra =
                callAs("mayor", () -> PartnerFinder.profileOf(municipalities.get(municipalityId("Accra"))));
        for (PartnerSuggestion s : all) {
            PartnerScoring.Profile them =
                    callAs("mayor", () -> PartnerFinder.profileOf(municipalities.get(s.municipalityId())));
            assertThat(s.score())
                    .as(s.name())
                    .isEqualTo(PartnerScoring.score(accra, them).total());
            assertThat(s.reasons().stream()
                            .mapToInt(PartnerScoring.Reason::points)
                            .sum())
                    .isEqualTo(s.score());
        }
        // Kingston needs ICT distance learning, which Accra offers; both work on two pillars; both speak English
        PartnerSuggestion kingston = all.stream()
                .filter(s -> s.name().equals("Kingston"))
                .findFirst()
                .orElseThrow();
        assertThat(kingston.reasons())
                .contains(
                        new PartnerScoring.Reason(PartnerScoring.Kind.THEY_NEED, "ICT_DISTANCE_LEARNING", 3),
                        new PartnerScoring.Reason(PartnerScoring.Kind.SHARED_LANGUAGE, "english", 1));
        assertThat(kingston.alreadyTwinned()).isFalse();
        // Kisumu (active partnership) and Cape Coast (vetted proposal) are marked, not hidden
        assertThat(all)
                .filteredOn(s -> s.name().equals("Kisumu"))
                .singleElement()
                .extracting(PartnerSuggestion::openStatus)
                .isEqualTo(TwinningStatus.ACTIVE);
        assertThat(all)
                .filteredOn(s -> s.name().equals("Cape Coast"))
                .singleElement()
                .extracting(PartnerSuggestion::openStatus)
                .isEqualTo(TwinningStatus.VETTED);
        // Dakar's partnership is concluded: not marked
        assertThat(all)
                .filteredOn(s -> s.name().equals("Dakar"))
                .singleElement()
                .extracting(PartnerSuggestion::openStatus)
                .isNull();
    }

    @Test
    void filtersByCountryRegionPopulationAndSharedLanguage() throws Exception {
        List<PartnerSuggestion> kenya =
                callAs("mayor", () -> finder.suggestions(new PartnerFilter("Kenya", null, null, false), 0, 50));
        assertThat(kenya)
                .extracting(PartnerSuggestion::country)
                .containsOnly("Kenya")
                .hasSize(3);
        List<PartnerSuggestion> big = callAs(
                "mayor", () -> finder.suggestions(new PartnerFilter(null, null, PopulationBand.OVER_2M, false), 0, 50));
        assertThat(big).isNotEmpty().allMatch(s -> s.population() >= 2_000_000);
        List<PartnerSuggestion> region =
                callAs("mayor", () -> finder.suggestions(new PartnerFilter(null, "county", null, false), 0, 50));
        assertThat(region).isNotEmpty().allMatch(s -> s.region().toLowerCase().contains("county"));
        List<PartnerSuggestion> shared =
                callAs("mayor", () -> finder.suggestions(new PartnerFilter(null, null, null, true), 0, 100));
        long sharedCount = callAs("mayor", () -> finder.count(new PartnerFilter(null, null, null, true)));
        assertThat(shared)
                .hasSize((int) Math.min(sharedCount, 100))
                .isNotEmpty()
                .allMatch(s -> s.reasons().stream().anyMatch(r -> r.kind() == PartnerScoring.Kind.SHARED_LANGUAGE));
        assertThat(sharedCount).isLessThan(callAs("mayor", () -> finder.count(PartnerFilter.none())));
    }

    @Test
    void onlyMayorsFindPartners() {
        assertThatThrownBy(() -> callAs("liaison", () -> finder.suggestions(PartnerFilter.none(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs("member", () -> finder.count(PartnerFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
