package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.imc.platform.base.Pillar;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.Test;

class PartnerScoringTest {

    private static final PartnerScoring.Profile ACCRA = new PartnerScoring.Profile(
            Set.of(SubProgramme.DRINKING_WATER, SubProgramme.SANITATION),
            Set.of(SubProgramme.ICT_DISTANCE_LEARNING),
            Set.of(Pillar.HUMAN_DEVELOPMENT, Pillar.CLIMATE_NATURAL_RESOURCES),
            PartnerScoring.languages("English, Twi, Ga"));

    @Test
    void weighsOffersNeedsPillarsAndLanguageAndSaysWhy() {
        PartnerScoring.Profile kisumu = new PartnerScoring.Profile(
                Set.of(SubProgramme.ICT_DISTANCE_LEARNING, SubProgramme.ROAD_INFRASTRUCTURE),
                Set.of(SubProgramme.DRINKING_WATER, SubProgramme.SANITATION),
                Set.of(Pillar.CLIMATE_NATURAL_RESOURCES, Pillar.AGRICULTURE_FOOD_SECURITY),
                PartnerScoring.languages(" english ,Swahili"));

        PartnerScoring.Score score = PartnerScoring.score(ACCRA, kisumu);

        assertThat(score.total()).isEqualTo(3 + 3 + 3 + 1 + 1);
        assertThat(score.reasons())
                .containsExactly(
                        new PartnerScoring.Reason(PartnerScoring.Kind.THEY_OFFER, "DRINKING_WATER", 3),
                        new PartnerScoring.Reason(PartnerScoring.Kind.THEY_OFFER, "SANITATION", 3),
                        new PartnerScoring.Reason(PartnerScoring.Kind.THEY_NEED, "ICT_DISTANCE_LEARNING", 3),
                        new PartnerScoring.Reason(PartnerScoring.Kind.SHARED_PILLAR, "CLIMATE_NATURAL_RESOURCES", 1),
                        new PartnerScoring.Reason(PartnerScoring.Kind.SHARED_LANGUAGE, "english", 1));
        assertThat(score.reasons().getFirst().messageKey()).isEqualTo("twinning.reason.THEY_OFFER");
    }

    @Test
    void nothingInCommonScoresZeroWithoutReasons() {
        PartnerScoring.Profile other = new PartnerScoring.Profile(
                Set.of(SubProgramme.ROAD_INFRASTRUCTURE),
                Set.of(SubProgramme.AFFORDABLE_HOUSING),
                Set.of(Pillar.CROSS_CUTTING),
                PartnerScoring.languages("French"));
        PartnerScoring.Score score = PartnerScoring.score(ACCRA, other);
        assertThat(score.total()).isZero();
        assertThat(score.reasons()).isEmpty();
    }

    @Test
    void offersNeededTwiceCountOncePerSubProgramme() {
        PartnerScoring.Profile other =
                new PartnerScoring.Profile(Set.of(), Set.of(SubProgramme.DRINKING_WATER), Set.of(), Set.of());
        assertThat(PartnerScoring.score(ACCRA, other).total()).isEqualTo(PartnerScoring.THEY_OFFER_WE_NEED);
    }

    @Test
    void languagesAreTrimmedLowerCasedAndSplitOnCommas() {
        assertThat(PartnerScoring.languages("  English ,TWI,, Jamaican Patois "))
                .containsExactly("english", "twi", "jamaican patois");
        assertThat(PartnerScoring.languages(null)).isEmpty();
        assertThat(PartnerScoring.languages(" ")).isEmpty();
    }

    @Test
    void theFastTotalOnBitMasksEqualsTheExplainedScore() {
        PartnerScoring.Profile kisumu = new PartnerScoring.Profile(
                Set.of(SubProgramme.ICT_DISTANCE_LEARNING),
                        Set.of(SubProgramme.DRINKING_WATER, SubProgramme.ROAD_INFRASTRUCTURE),
                Set.of(Pillar.CLIMATE_NATURAL_RESOURCES), Set.of("english"));
        int total = PartnerScoring.total(
                PartnerScoring.mask(ACCRA.needs()),
                PartnerScoring.mask(ACCRA.offers()),
                PartnerScoring.mask(ACCRA.pillars()),
                PartnerScoring.mask(kisumu.needs()),
                PartnerScoring.mask(kisumu.offers()),
                PartnerScoring.mask(kisumu.pillars()),
                true);
        assertThat(total).isEqualTo(PartnerScoring.score(ACCRA, kisumu).total()).isEqualTo(3 + 3 + 1 + 1);
        PartnerScoring.Profile roundTrip = PartnerScoring.profile(
                PartnerScoring.mask(kisumu.needs()),
                PartnerScoring.mask(kisumu.offers()),
                PartnerScoring.mask(kisumu.pillars()),
                kisumu.languages());
        assertThat(roundTrip).isEqualTo(kisumu);
    }

    @Test
    void everyTransitionIsListedOnce() {
        assertThat(TwinningStatus.PROPOSED.actions())
                .containsExactlyInAnyOrder(TwinningAction.VET, TwinningAction.REJECT, TwinningAction.WITHDRAW);
        assertThat(TwinningStatus.VETTED.actions())
                .containsExactlyInAnyOrder(TwinningAction.ACCEPT, TwinningAction.DECLINE, TwinningAction.WITHDRAW);
        assertThat(TwinningStatus.ACCEPTED.actions()).containsExactly(TwinningAction.SIGN);
        assertThat(TwinningStatus.ACTIVE.actions())
                .containsExactlyInAnyOrder(TwinningAction.SUSPEND, TwinningAction.CONCLUDE);
        assertThat(TwinningStatus.SUSPENDED.actions())
                .containsExactlyInAnyOrder(TwinningAction.RESUME, TwinningAction.CONCLUDE);
        for (TwinningStatus closed : new TwinningStatus[] {
            TwinningStatus.REJECTED, TwinningStatus.DECLINED, TwinningStatus.WITHDRAWN, TwinningStatus.CONCLUDED
        }) {
            assertThat(closed.actions()).isEmpty();
            assertThat(closed.isOpen()).isFalse();
        }
    }
}
