package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.directory.DemoProfilesTest;
import org.imc.platform.directory.MunicipalityProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The partner finder sees a profile edit that changes only needs or offers at once. */
class PartnerIndexFreshnessTest extends DemoProfilesTest {

    @Autowired
    PartnerFinder finder;

    @Test
    void anOfferAddedToAPartnerCountsInTheNextRanking() throws Exception {
        PartnerSuggestion before = kingstonFor("mayor");
        SubProgramme accraNeeds = callAs("mayor", () -> municipalities.get(accra)).getNeeds().stream()
                .map(r -> r.subProgramme())
                .filter(sp -> before.reasons().stream()
                        .noneMatch(r -> r.kind() == PartnerScoring.Kind.THEY_OFFER
                                && r.subject().equals(sp.name())))
                .findFirst()
                .orElseThrow();

        // only Kingston's offers change: no plain column of the row is touched
        runAs("admin", () -> {
            MunicipalityProfile profile = MunicipalityProfile.of(municipalities.get(kingston));
            List<MunicipalityProfile.Line> offers = new ArrayList<>(profile.getOffers());
            offers.add(new MunicipalityProfile.Line(accraNeeds, "Engineers on loan for a year"));
            profile.setOffers(offers);
            municipalities.updateProfile(kingston, profile.getVersion(), profile);
        });

        PartnerSuggestion after = kingstonFor("mayor");
        assertThat(after.reasons())
                .contains(new PartnerScoring.Reason(PartnerScoring.Kind.THEY_OFFER, accraNeeds.name(), 3));
        assertThat(after.score()).isEqualTo(before.score() + 3);
    }

    private PartnerSuggestion kingstonFor(String mayor) throws Exception {
        return callAs(mayor, () -> finder.suggestions(new PartnerFilter("Jamaica", null, null, false), 0, 50)).stream()
                .filter(s -> s.municipalityId().equals(kingston))
                .findFirst()
                .orElseThrow();
    }
}
