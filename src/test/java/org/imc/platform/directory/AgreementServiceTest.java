package org.imc.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.imc.platform.workplan.GoalData;
import org.imc.platform.workplan.GoalIndicator;
import org.imc.platform.workplan.GoalStatus;
import org.imc.platform.workplan.IndicatorData;
import org.imc.platform.workplan.MeasurementData;
import org.imc.platform.workplan.OverdueGoal;
import org.imc.platform.workplan.PlanOwner;
import org.imc.platform.workplan.PlanWithGoals;
import org.imc.platform.workplan.WorkPlanGoal;
import org.imc.platform.workplan.WorkPlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Affiliate agreements, their work plans (the shared work-plan module), indicators and renewal notices. */
class AgreementServiceTest extends IntegrationTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    AffiliateService affiliates;

    @Autowired
    WorkPlanService workPlans;

    private Long affiliate(String acronym) {
        return jdbc.queryForObject("select id from affiliate where acronym = ?", Long.class, acronym);
    }

    private AgreementData data(LocalDate start, LocalDate end) {
        return new AgreementData(
                RelationshipType.STRATEGIC_ALLIANCE,
                start,
                end,
                userId("liaison"),
                "Ana Pereira",
                "Secretary-General",
                start,
                "Thabo Nkosi",
                "Chief Executive",
                start,
                Set.of("GOVERNANCE", "ETHICS"));
    }

    @Test
    void aLiaisonRecordsAnAgreementThatTheAffiliateMirrorsAndOthersOnlyRead() throws Exception {
        Long salga = affiliate("SALGA");
        AffiliateAgreement a = callAs(
                "liaison", () -> agreements.create(salga, data(LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31))));
        assertThat(a.getEmphasisAreas()).containsExactly("ETHICS", "GOVERNANCE");
        assertThat(jdbc.queryForObject("select relationship_type from affiliate where id = ?", String.class, salga))
                .isEqualTo("STRATEGIC_ALLIANCE");
        assertThat(callAs("member", () -> affiliates.get(salga)).getAgreementEnd())
                .isEqualTo(LocalDate.of(2032, 12, 31));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'AffiliateAgreement' and entity_id = ?",
                        Long.class,
                        a.getId()))
                .isEqualTo(1);
        assertThat(callAs("member", () -> agreements.agreements(salga)))
                .extracting(AffiliateAgreement::getId)
                .contains(a.getId());
        assertThat(a.state(LocalDate.of(2029, 12, 31))).isEqualTo(AgreementState.UPCOMING);
        assertThat(a.state(LocalDate.of(2031, 6, 1))).isEqualTo(AgreementState.ACTIVE);
        assertThat(a.state(LocalDate.of(2032, 11, 15))).isEqualTo(AgreementState.ENDING);
        assertThat(a.state(LocalDate.of(2033, 1, 1))).isEqualTo(AgreementState.EXPIRED);

        for (String user : List.of("member", "mayor", "admin", "officer")) {
            assertDenied(
                    user, () -> agreements.create(salga, data(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1))));
        }
        AgreementData halfSigned = new AgreementData(
                RelationshipType.PARTNERSHIP,
                LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 1, 1),
                null,
                "Ana Pereira",
                "",
                null,
                null,
                null,
                null,
                Set.of());
        assertThatThrownBy(() -> callAs("liaison", () -> agreements.create(salga, halfSigned)))
                .isInstanceOf(ConstraintViolationException.class);
        AgreementData unknownArea = new AgreementData(
                RelationshipType.PARTNERSHIP,
                LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 1, 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of("ASTROLOGY"));
        assertThatThrownBy(() -> callAs("liaison", () -> agreements.create(salga, unknownArea)))
                .isInstanceOf(BusinessException.class);

        AffiliateAgreement changed = callAs(
                "liaison",
                () -> agreements.update(
                        a.getId(), a.getVersion(), data(LocalDate.of(2030, 1, 1), LocalDate.of(2033, 6, 30))));
        assertThat(changed.getEndDate()).isEqualTo(LocalDate.of(2033, 6, 30));
        assertThatThrownBy(() -> callAs(
                        "liaison",
                        () -> agreements.update(
                                a.getId(), a.getVersion(), data(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 1, 1)))))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void agreementWorkPlansUseTheSharedGoalsWithMeasuredIndicators() throws Exception {
        Long cama = affiliate("CAMA");
        AffiliateAgreement a = callAs(
                "liaison", () -> agreements.create(cama, data(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31))));
        PlanOwner owner = PlanOwner.agreement(a.getId());
        WorkPlanGoal goal = callAs(
                "liaison",
                () -> workPlans.addGoal(
                        owner,
                        2026,
                        new GoalData(
                                "Certify municipal clerks",
                                "CAMA training office",
                                LocalDate.of(2026, 10, 31),
                                GoalStatus.IN_PROGRESS,
                                10,
                                Set.of("4.4", "16.6"))));
        assertThat(goal.getSdgTargets()).containsExactly("4.4", "16.6");
        assertDenied("mayor", () -> workPlans.addGoal(owner, 2026, goal("Not theirs")));
        assertDenied("member", () -> workPlans.addGoal(owner, 2026, goal("Not theirs")));
        assertThatThrownBy(() -> callAs(
                        "liaison",
                        () -> workPlans.addGoal(
                                owner,
                                2026,
                                new GoalData(
                                        "Bad tag",
                                        "x",
                                        LocalDate.of(2026, 1, 1),
                                        GoalStatus.PLANNED,
                                        0,
                                        Set.of("99.9")))))
                .isInstanceOf(BusinessException.class);

        GoalIndicator indicator = callAs(
                "liaison",
                () -> workPlans.defineIndicator(
                        goal.getId(),
                        0,
                        new IndicatorData(
                                "Clerks certified",
                                "people",
                                new BigDecimal("100"),
                                LocalDate.of(2026, 1, 1),
                                new BigDecimal("500"),
                                LocalDate.of(2026, 12, 31))));
        runAs(
                "liaison",
                () -> workPlans.recordMeasurement(
                        goal.getId(),
                        new MeasurementData(new BigDecimal("220"), LocalDate.of(2026, 4, 1), "Training register")));
        runAs(
                "liaison",
                () -> workPlans.recordMeasurement(
                        goal.getId(),
                        new MeasurementData(new BigDecimal("300"), LocalDate.of(2026, 6, 30), "Training register")));
        // an older measurement entered late does not override the latest
        runAs(
                "liaison",
                () -> workPlans.recordMeasurement(
                        goal.getId(),
                        new MeasurementData(new BigDecimal("150"), LocalDate.of(2026, 2, 1), "Late report")));
        List<PlanWithGoals> plans = callAs("member", () -> workPlans.workPlans(owner));
        WorkPlanGoal measured = plans.getFirst().goals().getFirst();
        assertThat(measured.getProgress()).isEqualTo(50);
        assertThat(plans.getFirst().indicator(measured).getId()).isEqualTo(indicator.getId());
        assertThat(callAs("member", () -> workPlans.measurements(goal.getId())))
                .extracting(m -> m.getValue().intValue())
                .containsExactly(300, 220, 150);
        // a measured goal keeps its measured progress when edited
        WorkPlanGoal edited = callAs(
                "liaison",
                () -> workPlans.updateGoal(
                        measured.getId(),
                        measured.getVersion(),
                        new GoalData(
                                "Certify municipal clerks",
                                "CAMA training office",
                                LocalDate.of(2026, 10, 31),
                                GoalStatus.IN_PROGRESS,
                                90,
                                Set.of("4.4"))));
        assertThat(edited.getProgress()).isEqualTo(50);
        assertThatThrownBy(() -> callAs(
                        "liaison",
                        () -> workPlans.recordMeasurement(
                                goal.getId(),
                                new MeasurementData(
                                        BigDecimal.ONE, LocalDate.now().plusDays(3), "Forecast"))))
                .isInstanceOf(BusinessException.class);
        assertDenied(
                "member",
                () -> workPlans.recordMeasurement(
                        goal.getId(), new MeasurementData(BigDecimal.ONE, LocalDate.of(2026, 5, 1), "x")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Measurement'", Long.class))
                .isGreaterThanOrEqualTo(3);

        // the goal is overdue for the liaison once its target date has passed (today is after 2026-10-31)
        if (LocalDate.now().isAfter(LocalDate.of(2026, 10, 31))) {
            List<OverdueGoal> overdue = callAs("liaison", () -> agreements.overdueGoals(100));
            assertThat(overdue).extracting(OverdueGoal::goalId).contains(goal.getId());
        }
    }

    @Test
    void theLiaisonIsToldOnceWhenAnAgreementEndsWithinSixtyDays() throws Exception {
        Long lcp = affiliate("LCP");
        AffiliateAgreement a = callAs(
                "liaison", () -> agreements.create(lcp, data(LocalDate.of(2040, 1, 1), LocalDate.of(2041, 3, 1))));
        long before = notifications();
        // 2041-01-15: the agreement ends in 45 days; the demo agreements ended long before
        assertThat(agreements.notifyRenewalsDue(LocalDate.of(2041, 1, 15))).isEqualTo(1);
        assertThat(notifications()).isEqualTo(before + 1);
        assertThat(agreements.notifyRenewalsDue(LocalDate.of(2041, 1, 16))).isZero();
        assertThat(jdbc.queryForObject(
                        "select renewal_notified_on from affiliate_agreement where id = ?", LocalDate.class, a.getId()))
                .isEqualTo(LocalDate.of(2041, 1, 15));
        assertThat(callAs("liaison", () -> agreements.toRenew()))
                .extracting(AffiliateAgreement::getId)
                .doesNotContain(a.getId());
        assertDenied("member", () -> agreements.toRenew());
    }

    private long notifications() {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and message_key = 'agreement.notification.ending'",
                Long.class,
                userId("liaison"));
    }

    private static GoalData goal(String description) {
        return new GoalData(description, "Someone", LocalDate.of(2026, 12, 1), GoalStatus.PLANNED, 0, Set.of());
    }

    private void assertDenied(String user, Callable<?> action) {
        assertThat(catchThrowable(() -> callAs(user, action))).as(user).isInstanceOf(AccessDeniedException.class);
    }
}
