package org.imc.platform.twinning;

import jakarta.validation.ConstraintViolationException;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every allowed and forbidden transition and actor of a twinning, on MariaDB. Each test works on
 * a new Accra–Kingston twinning (the demo data has none) and deletes what it created.
 */
class TwinningServiceTest extends IntegrationTest {

    private static final String LIAISON2 = "liaison2-twinning-test";

    @Autowired
    TwinningService service;

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
        jdbc.update("delete from app_user_role where user_id in (select id from app_user where username = ?)", LIAISON2);
        jdbc.update("delete from app_user where username = ?", LIAISON2);
    }

    private Twinning propose() throws Exception {
        return callAs("mayor", () -> service.propose(accra, draft(kingston)));
    }

    private static ProposalDraft draft(Long partner) {
        return new ProposalDraft(partner, EnumSet.of(SubProgramme.DRINKING_WATER, SubProgramme.ICT_DISTANCE_LEARNING),
                "Accra would like to learn from Kingston.");
    }

    private Twinning active() throws Exception {
        Long id = propose().getId();
        runAs("liaison", () -> service.vet(id));
        runAs("mayor2", () -> service.accept(id));
        runAs("mayor2", () -> service.sign(id));
        return callAs("mayor", () -> service.sign(id));
    }

    private long auditCount(Long id) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Twinning' and entity_id = ?",
                Long.class, String.valueOf(id));
    }

    private long notifications(String username, String key) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id "
                + "where u.username = ? and n.message_key = ?", Long.class, username, key);
    }

    @Test
    void theWholeWayFromProposalToActivePartnership() throws Exception {
        long vettedNotesBefore = notifications("mayor2", "twinning.notification.VET");
        long activeNotesBefore = notifications("mayor2", "twinning.notification.ACTIVE");
        Twinning proposed = propose();
        assertThat(proposed.getStatus()).isEqualTo(TwinningStatus.PROPOSED);
        Long id = proposed.getId();

        assertThat(callAs("liaison", () -> service.vet(id)).getStatus()).isEqualTo(TwinningStatus.VETTED);
        assertThat(notifications("mayor2", "twinning.notification.VET")).isEqualTo(vettedNotesBefore + 1);
        assertThat(callAs("mayor2", () -> service.accept(id)).getStatus()).isEqualTo(TwinningStatus.ACCEPTED);

        Twinning half = callAs("mayor2", () -> service.sign(id));
        assertThat(half.getStatus()).isEqualTo(TwinningStatus.ACCEPTED);
        assertThat(half.getPartnerSignedBy()).isEqualTo(userId("mayor2"));
        assertThat(half.getPartnerSignedAt()).isNotNull();
        assertThat(half.getProposerSignedBy()).isNull();

        Twinning active = callAs("mayor", () -> service.sign(id));
        assertThat(active.getStatus()).isEqualTo(TwinningStatus.ACTIVE);
        assertThat(active.getProposerSignedBy()).isEqualTo(userId("mayor"));
        assertThat(active.getActivatedAt()).isNotNull();
        assertThat(notifications("mayor2", "twinning.notification.ACTIVE")).isEqualTo(activeNotesBefore + 1);
        // propose, vet, accept, sign, sign
        assertThat(auditCount(id)).isEqualTo(5);

        assertThat(callAs("liaison", () -> service.suspend(id)).getStatus()).isEqualTo(TwinningStatus.SUSPENDED);
        assertThat(callAs("mayor2", () -> service.resume(id)).getStatus()).isEqualTo(TwinningStatus.ACTIVE);
        Twinning concluded = callAs("mayor", () -> service.conclude(id, "Done what we set out to do."));
        assertThat(concluded.getStatus()).isEqualTo(TwinningStatus.CONCLUDED);
        assertThat(concluded.getClosingSummary()).isEqualTo("Done what we set out to do.");
        assertThat(auditCount(id)).isEqualTo(8);
        // concluded: the pair is free again
        assertThat(propose().getStatus()).isEqualTo(TwinningStatus.PROPOSED);
    }

    @Test
    void rejectionDeclineAndWithdrawalCloseTheProposalWithTheirReason() throws Exception {
        Long rejected = propose().getId();
        assertThatThrownBy(() -> runAs("liaison", () -> service.reject(rejected, "  ")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.reason-required");
        Twinning r = callAs("liaison", () -> service.reject(rejected, "Not a fit this year"));
        assertThat(r.getStatus()).isEqualTo(TwinningStatus.REJECTED);
        assertThat(r.getReason()).isEqualTo("Not a fit this year");

        Long declined = propose().getId();
        runAs("liaison", () -> service.vet(declined));
        Twinning d = callAs("mayor2", () -> service.decline(declined, "We are busy with another twinning"));
        assertThat(d.getStatus()).isEqualTo(TwinningStatus.DECLINED);
        assertThat(d.getReason()).isEqualTo("We are busy with another twinning");

        Long withdrawn = propose().getId();
        assertThat(callAs("mayor", () -> service.withdraw(withdrawn)).getStatus()).isEqualTo(TwinningStatus.WITHDRAWN);
        Long withdrawnAfterVetting = propose().getId();
        runAs("liaison", () -> service.vet(withdrawnAfterVetting));
        assertThat(callAs("mayor", () -> service.withdraw(withdrawnAfterVetting)).getStatus()).isEqualTo(TwinningStatus.WITHDRAWN);
    }

    @Test
    void onlyTheAllowedActorMayAct() throws Exception {
        Long id = propose().getId();
        // PROPOSED: only a liaison vets or rejects, only the proposer withdraws
        assertDenied("mayor", () -> service.vet(id));
        assertDenied("mayor2", () -> service.vet(id));
        assertDenied("admin", () -> service.vet(id));
        assertDenied("member", () -> service.reject(id, "no"));
        assertDenied("mayor2", () -> service.withdraw(id));
        assertDenied("liaison", () -> service.withdraw(id));
        runAs("liaison", () -> service.vet(id));
        // VETTED: only the partner's mayor accepts or declines
        assertDenied("mayor", () -> service.accept(id));
        assertDenied("mayor", () -> service.decline(id, "no"));
        assertDenied("liaison", () -> service.accept(id));
        assertDenied("officer", () -> service.accept(id));
        runAs("mayor2", () -> service.accept(id));
        // ACCEPTED: each mayor signs once; nobody else signs
        assertDenied("liaison", () -> service.sign(id));
        runAs("mayor2", () -> service.sign(id));
        assertState("mayor2", () -> service.sign(id), "twinning.error.already-signed");
        runAs("mayor", () -> service.sign(id));
        // ACTIVE: a liaison or either mayor suspends; others do not
        assertDenied("member", () -> service.suspend(id));
        assertDenied("officer", () -> service.conclude(id, "x"));
        assertDenied("trainer", () -> service.suspend(id));
        assertThat(callAs("mayor", () -> service.get(id)).getStatus()).isEqualTo(TwinningStatus.ACTIVE);
    }

    @Test
    void aMayorFromAThirdMunicipalityIsDeniedToo() throws Exception {
        Long id = propose().getId();
        runAs("liaison", () -> service.vet(id));
        // mayor2 runs Kingston; move them to Nairobi for this check, then back
        Long nairobi = municipalityId("Nairobi");
        jdbc.update("update app_user set municipality_id = ? where username = 'mayor2'", nairobi);
        try {
            // not their proposal: they cannot even see it
            assertThatThrownBy(() -> callAs("mayor2", () -> service.accept(id)))
                    .isInstanceOf(org.imc.platform.base.RecordNotFoundException.class);
            assertThatThrownBy(() -> callAs("mayor2", () -> service.get(id)))
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
        assertState("mayor2", () -> service.accept(id), "twinning.error.now.PROPOSED");
        assertState("mayor", () -> service.sign(id), "twinning.error.now.PROPOSED");
        assertState("liaison", () -> service.suspend(id), "twinning.error.now.PROPOSED");
        assertState("mayor", () -> service.conclude(id, "x"), "twinning.error.now.PROPOSED");
        runAs("liaison", () -> service.vet(id));
        assertState("liaison", () -> service.vet(id), "twinning.error.now.VETTED");
        assertState("liaison", () -> service.reject(id, "late"), "twinning.error.now.VETTED");
        assertState("mayor2", () -> service.sign(id), "twinning.error.now.VETTED");
        runAs("mayor2", () -> service.accept(id));
        assertState("mayor", () -> service.withdraw(id), "twinning.error.now.ACCEPTED");
        assertState("mayor2", () -> service.decline(id, "changed our mind"), "twinning.error.now.ACCEPTED");
        assertState("liaison", () -> service.resume(id), "twinning.error.now.ACCEPTED");
        runAs("mayor2", () -> service.sign(id));
        runAs("mayor", () -> service.sign(id));
        assertState("liaison", () -> service.resume(id), "twinning.error.now.ACTIVE");
        assertState("mayor", () -> service.withdraw(id), "twinning.error.now.ACTIVE");
        runAs("liaison", () -> service.conclude(id, "Ended early"));
        assertState("liaison", () -> service.resume(id), "twinning.error.now.CONCLUDED");
        assertState("mayor", () -> service.suspend(id), "twinning.error.now.CONCLUDED");
        assertState("mayor", () -> service.conclude(id, "again"), "twinning.error.now.CONCLUDED");

        Long withdrawn = propose().getId();
        runAs("mayor", () -> service.withdraw(withdrawn));
        assertState("liaison", () -> service.vet(withdrawn), "twinning.error.now.WITHDRAWN");
        assertState("mayor", () -> service.withdraw(withdrawn), "twinning.error.now.WITHDRAWN");
    }

    @Test
    void oneOpenTwinningPerPairInEitherDirection() throws Exception {
        Long first = propose().getId();
        assertThatThrownBy(this::propose).isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.duplicate");
        assertThatThrownBy(() -> callAs("mayor2", () -> service.propose(kingston, draft(accra))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.duplicate");
        assertThat(translation("twinning.error.duplicate")).contains("already an open twinning");
        runAs("mayor", () -> service.withdraw(first));
        assertThat(callAs("mayor2", () -> service.propose(kingston, draft(accra))).getStatus()).isEqualTo(TwinningStatus.PROPOSED);
    }

    @Test
    void twoProposalsForThePairAtTheSameInstantLeaveExactlyOne() throws Exception {
        List<Throwable> outcomes = race(
                () -> callAs("mayor", () -> service.propose(accra, draft(kingston))),
                () -> callAs("mayor2", () -> service.propose(kingston, draft(accra))));
        assertThat(outcomes.stream().filter(o -> o == null).count()).isEqualTo(1);
        Throwable loser = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
        assertThat(loser).isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.duplicate");
        assertThat(jdbc.queryForObject("select count(*) from twinning where id > ?", Long.class, lastDemoId)).isEqualTo(1);
    }

    @Test
    void twoLiaisonsVettingAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
        jdbc.update("insert into app_user (username, full_name, email, password_hash, enabled) "
                + "select ?, 'Second Liaison', 'liaison2@imc.example', password_hash, TRUE from app_user where username = 'liaison'", LIAISON2);
        jdbc.update("insert into app_user_role (user_id, role) select id, 'LIAISON' from app_user where username = ?", LIAISON2);
        Long id = propose().getId();

        List<Throwable> outcomes = race(() -> callAs("liaison", () -> service.vet(id)),
                () -> callAs(LIAISON2, () -> service.vet(id)));

        assertThat(outcomes.stream().filter(o -> o == null).count()).isEqualTo(1);
        Throwable loser = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
        assertThat(loser).isInstanceOf(BusinessException.class);
        assertThat(((BusinessException) loser).getMessageKey()).isEqualTo("twinning.error.now.VETTED");
        assertThat(translation("twinning.error.now.VETTED")).contains("already been vetted");
        assertThat(jdbc.queryForObject("select status from twinning where id = ?", String.class, id)).isEqualTo("VETTED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Twinning' and entity_id = ? and action = 'VET'",
                Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void badProposalsAreRefusedAndNothingIsSaved() throws Exception {
        long before = count();
        ProposalDraft noThemes = new ProposalDraft(kingston, EnumSet.noneOf(SubProgramme.class), "Hello");
        assertThatThrownBy(() -> callAs("mayor", () -> service.propose(accra, noThemes)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Choose at least one theme");
        ProposalDraft longMessage = new ProposalDraft(kingston, Set.of(SubProgramme.SANITATION), "x".repeat(10_000));
        assertThatThrownBy(() -> callAs("mayor", () -> service.propose(accra, longMessage)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Too long");
        assertThatThrownBy(() -> callAs("mayor", () -> service.propose(accra, draft(accra))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.self");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void workPlansAndExchangesRollUpAndRefuseBadInput() throws Exception {
        Long id = active().getId();
        WorkPlanGoal goal = goal("Joint water audit", 40);
        runAs("mayor", () -> service.addGoal(id, 2027, goal));
        runAs("liaison", () -> service.addGoal(id, 2027, goal("Exchange of engineers", 80)));
        List<TwinningService.PlanWithGoals> plans = callAs("member", () -> service.workPlans(id));
        assertThat(plans).hasSize(1);
        assertThat(plans.getFirst().goals()).hasSize(2);
        assertThat(plans.getFirst().progress()).isEqualTo(60);

        long goalsBefore = jdbc.queryForObject("select count(*) from twinning_goal", Long.class);
        assertThatThrownBy(() -> runAs("mayor", () -> service.addGoal(id, 2027, goal("Too much", 150))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("between 0 and 100");
        assertDenied("member", () -> service.addGoal(id, 2027, goal("Not mine", 10)));
        assertThat(jdbc.queryForObject("select count(*) from twinning_goal", Long.class)).isEqualTo(goalsBefore);

        Exchange visit = exchange(kingston, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 14));
        Exchange saved = callAs("mayor2", () -> service.addExchange(id, visit));
        assertThat(saved.getHostId()).isEqualTo(kingston);
        Exchange backwards = exchange(accra, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 1));
        assertThatThrownBy(() -> runAs("mayor", () -> service.addExchange(id, backwards)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("end date cannot be before");
        Exchange elsewhere = exchange(municipalityId("Nairobi"), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2));
        assertThatThrownBy(() -> runAs("mayor", () -> service.addExchange(id, elsewhere)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.host");
        assertThat(callAs("member", () -> service.exchanges(id))).hasSize(1);

        // concluded: read-only
        runAs("liaison", () -> service.conclude(id, "Finished"));
        assertThatThrownBy(() -> runAs("mayor", () -> service.addGoal(id, 2027, goal("Late", 10))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.read-only");
        assertThatThrownBy(() -> runAs("mayor", () -> service.addExchange(id, visit)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("twinning.error.read-only");
    }

    @Test
    void proposalsAreScopedPartnershipsArePublic() throws Exception {
        Long id = propose().getId();
        assertThat(callAs("mayor2", () -> service.get(id))).isNotNull();
        assertThat(callAs("liaison", () -> service.get(id))).isNotNull();
        assertThatThrownBy(() -> callAs("member", () -> service.get(id)))
                .isInstanceOf(org.imc.platform.base.RecordNotFoundException.class);
        assertDenied("member", () -> service.proposals(TwinningStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 10)));
        List<Twinning> mine = callAs("mayor2", () -> service.proposals(TwinningStatus.PENDING,
                org.springframework.data.domain.PageRequest.of(0, 50)));
        assertThat(mine).allMatch(t -> t.involves(kingston));
        assertThat(mine).extracting(Twinning::getId).contains(id);
        // demo partnerships: visible to every member
        assertThat(callAs("member", () -> service.countPartnerships(null, false))).isGreaterThanOrEqualTo(4);
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
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Throwable>> futures = new ArrayList<>();
            for (Callable<?> action : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        action.call();
                        return null;
                    } catch (Throwable t) {
                        return t;
                    }
                }));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static WorkPlanGoal goal(String description, int progress) {
        WorkPlanGoal goal = new WorkPlanGoal();
        goal.setDescription(description);
        goal.setOwner("Planning department");
        goal.setTargetDate(LocalDate.of(2027, 6, 30));
        goal.setStatus(GoalStatus.IN_PROGRESS);
        goal.setProgress(progress);
        return goal;
    }

    private static Exchange exchange(Long host, LocalDate start, LocalDate end) {
        Exchange exchange = new Exchange();
        exchange.setHostId(host);
        exchange.setStartDate(start);
        exchange.setEndDate(end);
        exchange.setParticipants("Three engineers");
        exchange.setTopic("Non-revenue water");
        return exchange;
    }
}
