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

    private void assertDenied(String user, Callable<?> action) {
        assertThat(catchThrowable(() -> callAs(user, action))).as(user).isInstanceOf(AccessDeniedException.class);
    }
}
