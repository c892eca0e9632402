package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.imc.platform.twinning.TwinningAction.ACCEPT;
import static org.imc.platform.twinning.TwinningAction.CONCLUDE;
import static org.imc.platform.twinning.TwinningAction.DECLINE;
import static org.imc.platform.twinning.TwinningAction.REJECT;
import static org.imc.platform.twinning.TwinningAction.RESUME;
import static org.imc.platform.twinning.TwinningAction.SIGN;
import static org.imc.platform.twinning.TwinningAction.SUSPEND;
import static org.imc.platform.twinning.TwinningAction.VET;
import static org.imc.platform.twinning.TwinningAction.WITHDRAW;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imc.platform.IntegrationTest;
import org.imc.platform.Race;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.workplan.GoalData;
import org.imc.platform.workplan.GoalStatus;
import org.imc.platform.workplan.PlanWithGoals;
import org.imc.platform.workplan.WorkPlanGoal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every allowed and forbidden transition and actor of a twinning, on MariaDB. Each test works on
 * a new Accra–Kingston twinning (the demo data has none) and deletes what it created.
 */
class TwinningServiceTest extends IntegrationTest {

    private static final String LIAISON2 = "liaison2-twinning-test";

    @Autowired
    TwinningService service;

    @Autowired
    TwinningReader reader;

    @Autowired
    PartnershipService partnerships;

    private long lastDemoId;
    private Long accra;
    private Long kingston;

    @BeforeEach
    void remember() {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from twinning", Long.class);
        lastDemoId = max == null ? 0 : max;
        accra = municipalityId("Accra");
        kingston = municipalityId("Kingston");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from twinning where id > ?", lastDemoId);
        jdbc.update(
                "delete from app_user_role where user_id in (select id from app_user where username = ?)", LIAISON2);
        jdbc.update("delete from app_user where username = ?", LIAISON2);
    }

    private Twinning propose() throws Exception {
        return callAs("mayor", () -> service.propose(accra, draft(kingston)));
    }

    private static ProposalDraft draft(Long partner) {
        return new ProposalDraft(
                partner,
                EnumSet.of(SubProgramme.DRINKING_WATER, SubProgramme.ICT_DISTANCE_LEARNING),
                "Accra would like to learn from Kingston.");
    }

    private Twinning active() throws Exception {
        Long id = propose().getId();
        runAs("liaison", () -> act(id, VET, null));
        runAs("mayor2", () -> act(id, ACCEPT, null));
        runAs("mayor2", () -> act(id, SIGN, null));
        return callAs("mayor", () -> act(id, SIGN, null));
    }

    /** Takes an action on the twinning as it is now, as a user who has just loaded it would. */
    private Twinning act(Long id, TwinningAction action, String text) {
        return service.perform(id, version(id), action, text);
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from twinning where id = ?", Long.class, id);
    }

    private long auditCount(Long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where entity_type = 'Twinning' and entity_id = ?",
                Long.class,
                String.valueOf(id));
    }

    private long notifications(String username, String key) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.recipient_id "
                        + "where u.username = ? and n.message_key = ?",
                Long.class,
                username,
                key);
    }

    @Test
    void theWholeWayFromProposalToActivePartnership() throws Exception {
        long vettedNotesBefore = notifications("mayor2", "twinning.notification.VET");
        long activeNotesBefore = notifications("mayor2", "twinning.notification.ACTIVE");
        Twinning proposed = propose();
        assertThat(proposed.getStatus()).isEqualTo(TwinningStatus.PROPOSED);
        Long id = proposed.getId();

        assertThat(callAs("liaison", () -> act(id, VET, null)).getStatus()).isEqualTo(TwinningStatus.VETTED);
        assertThat(notifications("mayor2", "twinning.notification.VET")).isEqualTo(vettedNotesBefore + 1);
        assertThat(callAs("mayor2", () -> act(id, ACCEPT, null)).getStatus()).isEqualTo(TwinningStatus.ACCEPTED);

        Twinning half = callAs("mayor2", () -> act(id, SIGN, null));
        assertThat(half.getStatus()).isEqualTo(TwinningStatus.ACCEPTED);
        assertThat(half.getPartnerSignedByUserId()).isEqualTo(userId("mayor2"));
        assertThat(half.getPartnerSignedAt()).isNotNull();
        assertThat(half.getProposerSignedByUserId()).isNull();

        Twinning active = callAs("mayor", () -> act(id, SIGN, null));
        assertThat(active.getStatus()).isEqualTo(TwinningStatus.ACTIVE);
        assertThat(active.getProposerSignedByUserId()).isEqualTo(userId("mayor"));
        assertThat(active.getActivatedAt()).isNotNull();
        assertThat(notifications("mayor2", "twinning.notification.ACTIVE")).isEqualTo(activeNotesBefore + 1);
        // propose, vet, accept, sign, sign
        assertThat(auditCount(id)).isEqualTo(5);

        assertThat(callAs("liaison", () -> act(id, SUSPEND, null)).getStatus()).isEqualTo(TwinningStatus.SUSPENDED);
        assertThat(callAs("mayor2", () -> act(id, RESUME, null)).getStatus()).isEqualTo(TwinningStatus.ACTIVE);
        Twinning concluded = callAs("mayor", () -> act(id, CONCLUDE, "Done what we set out to do."));
        assertThat(concluded.getStatus()).isEqualTo(TwinningStatus.CONCLUDED);
        assertThat(concluded.getClosingSummary()).isEqualTo("Done what we set out to do.");
        assertThat(auditCount(id)).isEqualTo(8);
        // concluded: the pair is free again
        assertThat(propose().getStatus()).isEqualTo(TwinningStatus.PROPOSED);
    }

    @Test
    void rejectionDeclineAndWithdrawalCloseTheProposalWithTheirReason() throws Exception {
        Long rejected = propose().getId();
        assertThatThrownBy(() -> runAs("liaison", () -> act(rejected, REJECT, "  ")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.reason-required");
        Twinning r = callAs("liaison", () -> act(rejected, REJECT, "Not a fit this year"));
        assertThat(r.getStatus()).isEqualTo(TwinningStatus.REJECTED);
        assertThat(r.getReason()).isEqualTo("Not a fit this year");

        Long declined = propose().getId();
        runAs("liaison", () -> act(declined, VET, null));
        Twinning d = callAs("mayor2", () -> act(declined, DECLINE, "We are busy with another twinning"));
        assertThat(d.getStatus()).isEqualTo(TwinningStatus.DECLINED);
        assertThat(d.getReason()).isEqualTo("We are busy with another twinning");

        Long withdrawn = propose().getId();
        assertThat(callAs("mayor", () -> act(withdrawn, WITHDRAW, null)).getStatus())
                .isEqualTo(TwinningStatus.WITHDRAWN);
        Long withdrawnAfterVetting = propose().getId();
        runAs("liaison", () -> act(withdrawnAfterVetting, VET, null));
        assertThat(callAs("mayor", () -> act(withdrawnAfterVetting, WITHDRAW, null))
                        .getStatus())
                .isEqualTo(TwinningStatus.WITHDRAWN);
    }

    @Test
    void onlyTheAllowedActorMayAct() throws Exception {
        Long id = propose().getId();
        // PROPOSED: only a liaison vets or rejects, only the proposer withdraws
        assertDenied("mayor", () -> act(id, VET, null));
        assertDenied("mayor2", () -> act(id, VET, null));
        assertDenied("admin", () -> act(id, VET, null));
        assertDenied("member", () -> act(id, REJECT, "no"));
        assertDenied("mayor2", () -> act(id, WITHDRAW, null));
        assertDenied("liaison", () -> act(id, WITHDRAW, null));
        runAs("liaison", () -> act(id, VET, null));
        // VETTED: only the partner's mayor accepts or declines
        assertDenied("mayor", () -> act(id, ACCEPT, null));
        assertDenied("mayor", () -> act(id, DECLINE, "no"));
        assertDenied("liaison", () -> act(id, ACCEPT, null));
        assertDenied("officer", () -> act(id, ACCEPT, null));
        runAs("mayor2", () -> act(id, ACCEPT, null));
        // ACCEPTED: each mayor signs once; nobody else signs
        assertDenied("liaison", () -> act(id, SIGN, null));
        runAs("mayor2", () -> act(id, SIGN, null));
        assertState("mayor2", () -> act(id, SIGN, null), "twinning.error.already-signed");
        runAs("mayor", () -> act(id, SIGN, null));
        // ACTIVE: a liaison or either mayor suspends; others do not
        assertDenied("member", () -> act(id, SUSPEND, null));
        assertDenied("officer", () -> act(id, CONCLUDE, "x"));
        assertDenied("trainer", () -> act(id, SUSPEND, null));
        assertThat(callAs("mayor", () -> reader.get(id)).getStatus()).isEqualTo(TwinningStatus.ACTIVE);
    }

    @Test
    void aMayorFromAThirdMunicipalityIsDeniedToo() throws Exception {
        Long id = propose().getId();
        runAs("liaison", () -> act(id, VET, null));
        // mayor2 runs Kingston; move them to Nairobi for this check, then back
        Long nairobi = municipalityId("Nairobi");
        jdbc.update("update app_user set municipality_id = ? where username = 'mayor2'", nairobi);
        try {
            // not their proposal: they cannot even see it
            assertThatThrownBy(() -> callAs("mayor2", () -> act(id, ACCEPT, null)))
                    .isInstanceOf(org.imc.platform.base.RecordNotFoundException.class);
            assertThatThrownBy(() -> callAs("mayor2", () -> reader.get(id)))
                    .isInstanceOf(org.imc.platform.base.RecordNotFoundException.class);
        } finally {
            jdbc.update("update app_user set municipality_id = ? where username = 'mayor2'", kingston);
        }
    }

    @Test
    void aMayorCannotProposeForAnotherMunicipality() throws Exception {
        long before = count();
        assertDenied("mayor", () -> service.propose(kingston, draft(accra)));
        assertDenied("mayor", () -> service.propose(municipalityId("Nairobi"), draft(kingston)));
        assertDenied("liaison", () -> service.propose(accra, draft(kingston)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void noTransitionOutsideTheStateMachine() throws Exception {
        Long id = propose().getId();
        assertState("mayor2", () -> act(id, ACCEPT, null), "twinning.error.now.PROPOSED");
        assertState("mayor", () -> act(id, SIGN, null), "twinning.error.now.PROPOSED");
        assertState("liaison", () -> act(id, SUSPEND, null), "twinning.error.now.PROPOSED");
        assertState("mayor", () -> act(id, CONCLUDE, "x"), "twinning.error.now.PROPOSED");
        runAs("liaison", () -> act(id, VET, null));
        assertState("liaison", () -> act(id, VET, null), "twinning.error.now.VETTED");
        assertState("liaison", () -> act(id, REJECT, "late"), "twinning.error.now.VETTED");
        assertState("mayor2", () -> act(id, SIGN, null), "twinning.error.now.VETTED");
        runAs("mayor2", () -> act(id, ACCEPT, null));
        assertState("mayor", () -> act(id, WITHDRAW, null), "twinning.error.now.ACCEPTED");
        assertState("mayor2", () -> act(id, DECLINE, "changed our mind"), "twinning.error.now.ACCEPTED");
        assertState("liaison", () -> act(id, RESUME, null), "twinning.error.now.ACCEPTED");
        runAs("mayor2", () -> act(id, SIGN, null));
        runAs("mayor", () -> act(id, SIGN, null));
        assertState("liaison", () -> act(id, RESUME, null), "twinning.error.now.ACTIVE");
        assertState("mayor", () -> act(id, WITHDRAW, null), "twinning.error.now.ACTIVE");
        runAs("liaison", () -> act(id, CONCLUDE, "Ended early"));
        assertState("liaison", () -> act(id, RESUME, null), "twinning.error.now.CONCLUDED");
        assertState("mayor", () -> act(id, SUSPEND, null), "twinning.error.now.CONCLUDED");
        assertState("mayor", () -> act(id, CONCLUDE, "again"), "twinning.error.now.CONCLUDED");

        Long withdrawn = propose().getId();
        runAs("mayor", () -> act(withdrawn, WITHDRAW, null));
        assertState("liaison", () -> act(withdrawn, VET, null), "twinning.error.now.WITHDRAWN");
        assertState("mayor", () -> act(withdrawn, WITHDRAW, null), "twinning.error.now.WITHDRAWN");
    }

    @Test
    void oneOpenTwinningPerPairInEitherDirection() throws Exception {
        Long first = propose().getId();
        assertThatThrownBy(this::propose)
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.duplicate");
        assertThatThrownBy(() -> callAs("mayor2", () -> service.propose(kingston, draft(accra))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.duplicate");
        assertThat(translation("twinning.error.duplicate")).contains("already an open twinning");
        runAs("mayor", () -> act(first, WITHDRAW, null));
        assertThat(callAs("mayor2", () -> service.propose(kingston, draft(accra)))
                        .getStatus())
                .isEqualTo(TwinningStatus.PROPOSED);
    }

    @Test
    void twoProposalsForThePairAtTheSameInstantLeaveExactlyOne() throws Exception {
        List<Throwable> outcomes = race(
                () -> callAs("mayor", () -> service.propose(accra, draft(kingston))),
                () -> callAs("mayor2", () -> service.propose(kingston, draft(accra))));
        assertThat(outcomes.stream().filter(o -> o == null).count()).isEqualTo(1);
        Throwable loser = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
        assertThat(loser).isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.duplicate");
        assertThat(jdbc.queryForObject("select count(*) from twinning where id > ?", Long.class, lastDemoId))
                .isEqualTo(1);
    }

    @Test
    void twoLiaisonsVettingAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
        jdbc.update(
                "insert into app_user (username, full_name, email, password_hash, enabled) "
                        + "select ?, 'Second Liaison', 'liaison2@imc.example', password_hash, TRUE from app_user where username = 'liaison'",
                LIAISON2);
        jdbc.update(
                "insert into app_user_role (user_id, role) select id, 'LIAISON' from app_user where username = ?",
                LIAISON2);
        Long id = propose().getId();

        // both saw the proposal as it was before either vetted it
        long seen = version(id);
        List<Throwable> outcomes = race(
                () -> callAs("liaison", () -> service.perform(id, seen, VET, null)),
                () -> callAs(LIAISON2, () -> service.perform(id, seen, VET, null)));

        assertThat(outcomes.stream().filter(o -> o == null).count()).isEqualTo(1);
        Throwable loser = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
        assertThat(loser).isInstanceOf(BusinessException.class);
        assertThat(((BusinessException) loser).getMessageKey()).isEqualTo("twinning.error.now.VETTED");
        assertThat(translation("twinning.error.now.VETTED")).contains("already been vetted");
        assertThat(jdbc.queryForObject("select status from twinning where id = ?", String.class, id))
                .isEqualTo("VETTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Twinning' and entity_id = ? and action = 'VET'",
                        Long.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void badProposalsAreRefusedAndNothingIsSaved() throws Exception {
        long before = count();
        ProposalDraft noThemes = new ProposalDraft(kingston, EnumSet.noneOf(SubProgramme.class), "Hello");
        assertThatThrownBy(() -> callAs("mayor", () -> service.propose(accra, noThemes)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose at least one theme");
        ProposalDraft longMessage = new ProposalDraft(kingston, Set.of(SubProgramme.SANITATION), "x".repeat(10_000));
        assertThatThrownBy(() -> callAs("mayor", () -> service.propose(accra, longMessage)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Too long");
        assertThatThrownBy(() -> callAs("mayor", () -> service.propose(accra, draft(accra))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.self");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void workPlansAndExchangesRollUpAndRefuseBadInput() throws Exception {
        Long id = active().getId();
        GoalData goal = goal("Joint water audit", 40);
        runAs("mayor", () -> partnerships.addGoal(id, 2027, goal));
        runAs("liaison", () -> partnerships.addGoal(id, 2027, goal("Exchange of engineers", 80)));
        List<PlanWithGoals> plans = callAs("member", () -> partnerships.workPlans(id));
        assertThat(plans).hasSize(1);
        assertThat(plans.getFirst().goals()).hasSize(2);
        assertThat(plans.getFirst().progress()).isEqualTo(60);

        long goalsBefore = jdbc.queryForObject("select count(*) from work_plan_goal", Long.class);
        assertThatThrownBy(() -> runAs("mayor", () -> partnerships.addGoal(id, 2027, goal("Too much", 150))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("between 0 and 100");
        assertDenied("member", () -> partnerships.addGoal(id, 2027, goal("Not mine", 10)));
        assertThat(jdbc.queryForObject("select count(*) from work_plan_goal", Long.class))
                .isEqualTo(goalsBefore);

        ExchangeData visit = exchange(kingston, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 14));
        Exchange saved = callAs("mayor2", () -> partnerships.addExchange(id, visit));
        assertThat(saved.getHostMunicipalityId()).isEqualTo(kingston);
        ExchangeData backwards = exchange(accra, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 1));
        assertThatThrownBy(() -> runAs("mayor", () -> partnerships.addExchange(id, backwards)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("end date cannot be before");
        ExchangeData elsewhere =
                exchange(municipalityId("Nairobi"), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2));
        assertThatThrownBy(() -> runAs("mayor", () -> partnerships.addExchange(id, elsewhere)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.host");
        assertThat(callAs("member", () -> partnerships.exchanges(id))).hasSize(1);

        // concluded: read-only
        runAs("liaison", () -> act(id, CONCLUDE, "Finished"));
        assertThatThrownBy(() -> runAs("mayor", () -> partnerships.addGoal(id, 2027, goal("Late", 10))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.read-only");
        assertThatThrownBy(() -> runAs("mayor", () -> partnerships.addExchange(id, visit)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.read-only");
    }

    @Test
    void proposalsAreScopedPartnershipsArePublic() throws Exception {
        Long id = propose().getId();
        assertThat(callAs("mayor2", () -> reader.get(id))).isNotNull();
        assertThat(callAs("liaison", () -> reader.get(id))).isNotNull();
        assertThatThrownBy(() -> callAs("member", () -> reader.get(id)))
                .isInstanceOf(org.imc.platform.base.RecordNotFoundException.class);
        assertDenied(
                "member",
                () -> reader.proposals(TwinningStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 10)));
        List<Twinning> mine = callAs(
                "mayor2",
                () -> reader.proposals(TwinningStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 50)));
        assertThat(mine).allMatch(t -> t.involves(kingston));
        assertThat(mine).extracting(Twinning::getId).contains(id);
        // demo partnerships: visible to every member
        assertThat(callAs("member", () -> reader.countPartnerships(null, false)))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void anOutOfDateCopyIsRefusedAndChangesNothing() throws Exception {
        Long id = propose().getId();
        runAs("liaison", () -> act(id, VET, null));
        runAs("mayor2", () -> act(id, ACCEPT, null));
        long seenByBoth = version(id);
        runAs("mayor2", () -> service.perform(id, seenByBoth, SIGN, null));
        // the proposer's mayor signs what they saw before the partner signed
        assertThat(catchThrowable(() -> callAs("mayor", () -> service.perform(id, seenByBoth, SIGN, null))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        Twinning now = callAs("mayor", () -> reader.get(id));
        assertThat(now.getStatus()).isEqualTo(TwinningStatus.ACCEPTED);
        assertThat(now.getProposerSignedByUserId()).isNull();
    }

    @Test
    void reasonsAndSummariesAreRefusedWhenTooLongOrNotPlainText() throws Exception {
        Long id = propose().getId();
        assertState(
                "liaison",
                () -> act(id, REJECT, "x".repeat(TwinningAction.REASON_MAX + 1)),
                "validation.text-too-long");
        assertState("liaison", () -> act(id, REJECT, "<b>no</b>"), "validation.plain-text");
        assertThat(callAs("liaison", () -> reader.get(id)).getStatus()).isEqualTo(TwinningStatus.PROPOSED);
        assertThat(callAs("liaison", () -> act(id, REJECT, "  Not this year  ")).getReason())
                .isEqualTo("Not this year");
    }

    @Test
    void goalsAndExchangesAreUpdatedOnlyFromTheCurrentVersion() throws Exception {
        Long id = active().getId();
        WorkPlanGoal goal = callAs("mayor", () -> partnerships.addGoal(id, 2027, goal("Joint water audit", 40)));
        WorkPlanGoal updated = callAs(
                "mayor2",
                () -> partnerships.updateGoal(
                        goal.getId(), goal.getVersion(), goal("  Joint water and sanitation audit ", 70)));
        assertThat(updated.getDescription()).isEqualTo("Joint water and sanitation audit");
        assertThat(updated.getProgress()).isEqualTo(70);
        assertThat(catchThrowable(() -> callAs(
                        "mayor", () -> partnerships.updateGoal(goal.getId(), goal.getVersion(), goal("Stale", 10)))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Exchange visit = callAs(
                "mayor",
                () -> partnerships.addExchange(
                        id, exchange(accra, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 14))));
        Exchange moved = callAs(
                "liaison",
                () -> partnerships.updateExchange(
                        visit.getId(),
                        visit.getVersion(),
                        exchange(kingston, LocalDate.of(2027, 4, 10), LocalDate.of(2027, 4, 14))));
        assertThat(moved.getHostMunicipalityId()).isEqualTo(kingston);
        assertThat(catchThrowable(() -> callAs(
                        "mayor",
                        () -> partnerships.updateExchange(
                                visit.getId(),
                                visit.getVersion(),
                                exchange(accra, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2))))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type in ('WorkPlan', 'WorkPlanGoal', "
                                + "'Exchange') and entity_id in (?, ?)",
                        Long.class,
                        String.valueOf(goal.getId()),
                        String.valueOf(visit.getId())))
                .isGreaterThanOrEqualTo(4);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from twinning", Long.class);
    }

    private void assertDenied(String user, Callable<?> action) {
        assertThat(catchThrowable(() -> callAs(user, action))).as(user).isInstanceOf(AccessDeniedException.class);
    }

    private void assertState(String user, Callable<?> action, String key) {
        Throwable thrown = catchThrowable(() -> callAs(user, action));
        assertThat(thrown).as(user).isInstanceOf(BusinessException.class);
        assertThat(((BusinessException) thrown).getMessageKey()).isEqualTo(key);
        assertThat(hasTranslation(key)).isTrue();
    }

    /** Runs both at the same instant; the outcomes are null for success, else what was thrown. */
    private static List<Throwable> race(Callable<?> a, Callable<?> b) throws Exception {
        return Race.<Object>run(a, b).stream().map(Race.Outcome::thrown).toList();
    }

    private static GoalData goal(String description, int progress) {
        return new GoalData(
                description,
                "Planning department",
                LocalDate.of(2027, 6, 30),
                GoalStatus.IN_PROGRESS,
                progress,
                java.util.Set.of());
    }

    private static ExchangeData exchange(Long host, LocalDate start, LocalDate end) {
        return new ExchangeData(host, start, end, "Three engineers", "Non-revenue water", null);
    }
}
