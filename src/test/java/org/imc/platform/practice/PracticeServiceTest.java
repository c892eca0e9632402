package org.imc.platform.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.Language;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.workplan.MeasuredGoal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The practice library: the review workflow, who sees what, ranked full-text search, attachments. */
class PracticeServiceTest extends IntegrationTest {

    @Autowired
    PracticeService practices;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from practice where title like 'Zq%'");
        jdbc.update("delete from work_plan_goal where description like 'Zq%'");
        jdbc.update("delete from work_plan where owner_kind = 'PARTNERSHIP' and owner_id in "
                + "(select id from twinning where message = 'zq hidden proposal')");
        jdbc.update("delete from twinning where message = 'zq hidden proposal'");
    }

    private static PracticeData data(String title, String summary, String done, SubProgramme sub) {
        return new PracticeData(
                title,
                summary,
                "Households had no reliable water in the dry season.",
                done,
                "Connections rose from 40 % to 85 % of households in two years.",
                null,
                new BigDecimal("125000.00"),
                "Start with the kiosk operators.",
                null,
                "Ghana",
                Language.ENGLISH,
                Set.of(sub),
                Set.of("6.1"));
    }

    private Practice published(String title, String summary, String done, SubProgramme sub) throws Exception {
        Practice p = callAs("mayor", () -> practices.create(data(title, summary, done, sub)));
        Practice submitted =
                callAs("mayor", () -> practices.perform(p.getId(), p.getVersion(), PracticeAction.SUBMIT, null));
        return callAs(
                "liaison",
                () -> practices.perform(submitted.getId(), submitted.getVersion(), PracticeAction.PUBLISH, null));
    }

    @Test
    void aPracticeGoesThroughReviewBeforeEveryoneSeesIt() throws Exception {
        Practice draft = callAs(
                "mayor",
                () -> practices.create(data(
                        "Zqwater kiosks run by women's groups",
                        "Prepaid kiosks",
                        "Twelve kiosks",
                        SubProgramme.DRINKING_WATER)));
        assertThat(draft.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        // a draft is its author's alone
        assertThat(catchThrowable(() -> callAs("liaison", () -> practices.get(draft.getId()))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(catchThrowable(() -> callAs("member", () -> practices.get(draft.getId()))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(callAs("mayor", () -> practices.allowedActions(draft))).containsExactly(PracticeAction.SUBMIT);
        assertDenied("member", () -> practices.create(data("Zqnot mine", "x", "y", SubProgramme.SANITATION)));
        assertDenied("officer", () -> practices.create(data("Zqnot mine", "x", "y", SubProgramme.SANITATION)));

        Practice inReview = callAs(
                "mayor", () -> practices.perform(draft.getId(), draft.getVersion(), PracticeAction.SUBMIT, null));
        assertThat(inReview.getStatus()).isEqualTo(PracticeStatus.IN_REVIEW);
        assertThat(notifications("liaison", "practice.notification.submitted")).isGreaterThanOrEqualTo(1);
        // under review nobody changes the content, and the author cannot publish it
        assertThatThrownBy(() -> callAs(
                        "mayor",
                        () -> practices.update(
                                inReview.getId(),
                                inReview.getVersion(),
                                data("Zqchanged", "x", "y", SubProgramme.SANITATION))))
                .isInstanceOf(BusinessException.class);
        assertDenied(
                "mayor",
                () -> practices.perform(inReview.getId(), inReview.getVersion(), PracticeAction.PUBLISH, null));
        assertThat(callAs("liaison", () -> practices.allowedActions(inReview)))
                .containsExactlyInAnyOrder(PracticeAction.PUBLISH, PracticeAction.RETURN);
        assertThat(callAs("liaison", () -> practices.reviewQueue(0, 100)))
                .extracting(PracticeSummary::id)
                .contains(inReview.getId());
        // returning needs comments
        assertThatThrownBy(() -> callAs(
                        "liaison",
                        () -> practices.perform(inReview.getId(), inReview.getVersion(), PracticeAction.RETURN, " ")))
                .isInstanceOf(BusinessException.class);
        Practice returned = callAs(
                "liaison",
                () -> practices.perform(
                        inReview.getId(), inReview.getVersion(), PracticeAction.RETURN, "Add the cost per kiosk"));
        assertThat(returned.getReviewComment()).isEqualTo("Add the cost per kiosk");
        assertThat(notifications("mayor", "practice.notification.returned")).isGreaterThanOrEqualTo(1);

        Practice changed = callAs(
                "mayor",
                () -> practices.update(
                        returned.getId(),
                        returned.getVersion(),
                        data(
                                "Zqwater kiosks run by women's groups",
                                "Prepaid kiosks, 10,400 per kiosk",
                                "Twelve kiosks",
                                SubProgramme.DRINKING_WATER)));
        Practice again = callAs(
                "mayor", () -> practices.perform(changed.getId(), changed.getVersion(), PracticeAction.SUBMIT, null));
        // an out-of-date copy is refused
        assertThat(catchThrowable(() -> callAs(
                        "liaison",
                        () -> practices.perform(again.getId(), changed.getVersion(), PracticeAction.PUBLISH, null))))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        Practice published = callAs(
                "liaison", () -> practices.perform(again.getId(), again.getVersion(), PracticeAction.PUBLISH, null));
        assertThat(published.getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(callAs("member", () -> practices.get(published.getId())).getTitle())
                .isEqualTo("Zqwater kiosks run by women's groups");
        assertThat(callAs("mayor", () -> practices.allowedActions(published))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Practice' and entity_id = ?",
                        Long.class,
                        published.getId()))
                .isEqualTo(6);
    }

    @Test
    void searchRanksByRelevanceAndFilters() throws Exception {
        Practice strong = published(
                "Zqborehole maintenance by zqvillagers",
                "Zqvillagers keep the zqborehole pumps running",
                "Zqvillagers trained as zqborehole mechanics; spare parts from a zqborehole fund.",
                SubProgramme.DRINKING_WATER);
        Practice weak = published(
                "Zqmarket composting",
                "Market waste composted",
                "One zqborehole was drilled for the compost site.",
                SubProgramme.SOLID_WASTE_MANAGEMENT);
        Practice none =
                published("Zqschool latrines", "Latrines for girls", "Separate blocks.", SubProgramme.SANITATION);
        // a draft never shows
        callAs(
                "mayor",
                () -> practices.create(
                        data("Zqborehole draft", "zqborehole", "zqborehole", SubProgramme.DRINKING_WATER)));

        List<PracticeSummary> hits = callAs(
                "member", () -> practices.search(new PracticeFilter("zqborehole", null, null, null, null), 0, 10));
        assertThat(hits).extracting(PracticeSummary::id).containsExactly(strong.getId(), weak.getId());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(callAs("member", () -> practices.count(new PracticeFilter("zqborehole", null, null, null, null))))
                .isEqualTo(2);
        assertThat(callAs(
                        "member",
                        () -> practices.search(
                                new PracticeFilter("zqborehole", SubProgramme.SOLID_WASTE_MANAGEMENT, null, null, null),
                                0,
                                10)))
                .extracting(PracticeSummary::id)
                .containsExactly(weak.getId());
        assertThat(callAs(
                        "member",
                        () -> practices.search(new PracticeFilter("zqborehole", null, "Kenya", null, null), 0, 10)))
                .isEmpty();
        assertThat(callAs(
                        "member",
                        () -> practices.search(
                                new PracticeFilter(null, SubProgramme.SANITATION, "Ghana", null, "6.1"), 0, 100)))
                .extracting(PracticeSummary::id)
                .contains(none.getId())
                .doesNotContain(strong.getId());
        assertThat(callAs("member", () -> practices.related(weak.getId(), 5)))
                .extracting(PracticeSummary::id)
                .doesNotContain(weak.getId());
        assertThat(callAs("member", () -> practices.ofSubProgramme(SubProgramme.DRINKING_WATER, 50)))
                .extracting(PracticeSummary::id)
                .contains(strong.getId());
    }

    @Test
    void attachmentsFollowTheUploadRules() throws Exception {
        Practice p = callAs("mayor", () -> practices.create(data("Zqattached", "x", "y", SubProgramme.SANITATION)));
        byte[] pdf = "%PDF-1.4 a small file".getBytes();
        PracticeAttachment a = callAs("mayor", () -> practices.attach(p.getId(), "../../etc/Plan ü.pdf", pdf));
        assertThat(a.fileName()).isEqualTo("Plan _.pdf");
        assertThat(callAs("mayor", () -> practices.download(a.id()).content())).isEqualTo(pdf);
        assertThatThrownBy(() -> callAs("mayor", () -> practices.attach(p.getId(), "x.exe", "MZ...".getBytes())))
                .isInstanceOf(BusinessException.class);
        assertDenied("liaison", () -> practices.attach(p.getId(), "x.pdf", pdf));
        assertThat(catchThrowable(() -> callAs("member", () -> practices.download(a.id()))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private long notifications(String user, String key) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and message_key = ?",
                Long.class,
                userId(user),
                key);
    }

    @Test
    void resultsReferToAMeasuredGoalTheAuthorCanSeeAndShowItsLatestMeasurement() throws Exception {
        Long kisumuGoal = jdbc.queryForObject(
                "select id from work_plan_goal where description = 'Train 20 sanitation facilitators'", Long.class);
        // a measured goal in a proposal between two other municipalities: Accra's mayor cannot see it
        jdbc.update(
                "insert into twinning (proposer_id, partner_id, status, themes, message, proposed_by) "
                        + "values (?, ?, 'PROPOSED', 'SANITATION', 'zq hidden proposal', ?)",
                municipalityId("Kingston"),
                municipalityId("Kumasi"),
                userId("mayor2"));
        Long hiddenTwinning =
                jdbc.queryForObject("select id from twinning where message = 'zq hidden proposal'", Long.class);
        jdbc.update(
                "insert into work_plan (owner_kind, owner_id, plan_year) values ('PARTNERSHIP', ?, 2026)",
                hiddenTwinning);
        Long plan = jdbc.queryForObject(
                "select id from work_plan where owner_kind = 'PARTNERSHIP' and owner_id = ?",
                Long.class,
                hiddenTwinning);
        jdbc.update(
                "insert into work_plan_goal (work_plan_id, description, owner, target_date, status, progress) "
                        + "values (?, 'Zq hidden goal', 'owner', '2026-12-31', 'IN_PROGRESS', 0)",
                plan);
        Long hiddenGoal =
                jdbc.queryForObject("select id from work_plan_goal where description = 'Zq hidden goal'", Long.class);
        jdbc.update(
                "insert into goal_indicator (goal_id, what, unit, baseline_value, baseline_date, target_value, "
                        + "target_date) values (?, 'connected', 'households', 0, '2026-01-01', 10, '2026-12-31')",
                hiddenGoal);
        jdbc.update(
                "insert into work_plan_goal (work_plan_id, description, owner, target_date, status, progress) "
                        + "values (?, 'Zq unmeasured goal', 'owner', '2026-12-31', 'IN_PROGRESS', 0)",
                plan);
        Long unmeasured = jdbc.queryForObject(
                "select id from work_plan_goal where description = 'Zq unmeasured goal'", Long.class);

        List<MeasuredGoal> offered = callAs("mayor", () -> practices.measuredGoals());
        assertThat(offered)
                .extracting(MeasuredGoal::goalId)
                .contains(kisumuGoal)
                .doesNotContain(hiddenGoal);
        assertThat(callAs("mayor2", () -> practices.measuredGoals()))
                .extracting(MeasuredGoal::goalId)
                .contains(kisumuGoal, hiddenGoal)
                .doesNotContain(unmeasured);

        PracticeData linked = withGoal(data("Zqmeasured", "x", "y", SubProgramme.SANITATION), kisumuGoal);
        Practice p = callAs("mayor", () -> practices.create(linked));
        assertThat(p.getIndicatorGoalId()).isEqualTo(kisumuGoal);
        MeasuredGoal shown =
                callAs("member", () -> practices.measuredResults(p)).orElseThrow();
        assertThat(shown.goal()).isEqualTo("Train 20 sanitation facilitators");
        assertThat(shown.unit()).isEqualTo("people");
        assertThat(shown.latestValue()).isEqualByComparingTo("9");
        assertThat(shown.latestDate()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
        assertThat(shown.target()).isEqualByComparingTo("20");

        for (Long refused : List.of(hiddenGoal, unmeasured, -1L)) {
            assertThatThrownBy(() -> callAs(
                            "mayor",
                            () -> practices.create(
                                    withGoal(data("Zqrefused", "x", "y", SubProgramme.SANITATION), refused))))
                    .as("goal %d", refused)
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("practice.error.indicator-goal"));
            assertThatThrownBy(() -> callAs(
                            "mayor",
                            () -> practices.update(
                                    p.getId(),
                                    p.getVersion(),
                                    withGoal(data("Zqmeasured", "x", "y", SubProgramme.SANITATION), refused))))
                    .isInstanceOf(BusinessException.class);
        }
        // the link can be removed
        Practice unlinked = callAs(
                "mayor",
                () -> practices.update(
                        p.getId(), p.getVersion(), data("Zqmeasured", "x", "y", SubProgramme.SANITATION)));
        assertThat(unlinked.getIndicatorGoalId()).isNull();
        assertThat(callAs("member", () -> practices.measuredResults(unlinked))).isEmpty();
    }

    private static PracticeData withGoal(PracticeData d, Long goalId) {
        return new PracticeData(
                d.title(),
                d.summary(),
                d.problem(),
                d.whatWasDone(),
                d.results(),
                goalId,
                d.cost(),
                d.lessons(),
                d.municipalityId(),
                d.country(),
                d.language(),
                d.subProgrammes(),
                d.sdgTargets());
    }

    private void assertDenied(String user, Callable<?> action) {
        assertThat(catchThrowable(() -> callAs(user, action))).as(user).isInstanceOf(AccessDeniedException.class);
    }
}
