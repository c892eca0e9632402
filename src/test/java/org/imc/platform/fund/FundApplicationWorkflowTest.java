package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every transition of an application, by whom it may and may not be made, on MariaDB.
 */
class FundApplicationWorkflowTest extends FundTestSupport {

    @Test
    void fullPathFromDraftToLoan() throws Exception {
        FundApplication draft = callAs("mayor", () -> applications.createDraft(draft("Full path", "12000.00", 12, 2)));
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.getMunicipalityId()).isEqualTo(municipalityId("Accra"));

        FundApplication edited = callAs(
                "mayor",
                () -> applications.updateDraft(
                        draft.getId(), draft.getVersion(), draft("Full path", "15000.00", 12, 2)));
        assertThat(edited.getAmount()).isEqualByComparingTo("15000.00");

        FundApplication submitted = callAs(
                "mayor",
                () -> applications.perform(edited.getId(), edited.getVersion(), ApplicationAction.SUBMIT, null));
        assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND message_key = 'fund.notify.submitted' "
                                + "AND message_args LIKE ?",
                        Long.class,
                        userId("officer2"),
                        "%Full path%"))
                .isEqualTo(1);

        FundApplication taken = callAs(
                "officer",
                () -> applications.perform(submitted.getId(), submitted.getVersion(), ApplicationAction.TAKE, null));
        assertThat(taken.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(taken.getReviewerUserId()).isEqualTo(userId("officer"));

        FundApplication asked = callAs(
                "officer",
                () -> applications.perform(
                        taken.getId(), taken.getVersion(), ApplicationAction.REQUEST_INFO, "Which wards?"));
        assertThat(asked.getStatus()).isEqualTo(ApplicationStatus.INFO_REQUESTED);
        FundApplication answered = callAs(
                "mayor",
                () -> applications.perform(
                        asked.getId(), asked.getVersion(), ApplicationAction.ANSWER, "Wards 3 and 7"));
        assertThat(answered.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(answered.getInfoAnswer()).isEqualTo("Wards 3 and 7");

        FundApplication recommended = callAs(
                "officer",
                () -> applications.recommend(answered.getId(), answered.getVersion(), new Rubric(5, 4, 3, 2), "fine"));
        assertThat(recommended.getStatus()).isEqualTo(ApplicationStatus.RECOMMENDED);
        // (5·35 + 4·25 + 3·20 + 2·20) / 5 = 75
        assertThat(recommended.getPriorityScore()).isEqualByComparingTo("75.00");

        Loan loan = callAs(
                "officer2",
                () -> applications.approve(recommended.getId(), recommended.getVersion(), new BigDecimal("7"), "ok"));
        assertThat(loan.getPrincipal()).isEqualByComparingTo("15000.00");
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.ACTIVE);
        FundApplication approved = callAs("mayor", () -> applications.get(recommended.getId()));
        assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.getDecidedByUserId()).isEqualTo(userId("officer2"));
        List<Instalment> schedule = callAs("mayor", () -> loans.schedule(loan.getId()));
        assertThat(schedule).hasSize(12);
        assertThat(schedule.getLast().balanceAfter()).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'FundApplication' AND entity_id = ?",
                        Long.class,
                        recommended.getId().toString()))
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void theOfficerWhoRecommendedCannotApprove() throws Exception {
        FundApplication a = recommended("Four eyes", "5000.00", 12, 0);
        assertThatThrownBy(() ->
                        callAs("officer", () -> applications.approve(a.getId(), a.getVersion(), BigDecimal.ONE, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.four-eyes");
        assertThat(callAs("officer", () -> applications.get(a.getId())).getStatus())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan WHERE application_id = ?", Long.class, a.getId()))
                .isZero();
    }

    @Test
    void eachUserIsOfferedOnlyTheActionsTheyMayTake() throws Exception {
        FundApplication draft = callAs("mayor", () -> applications.createDraft(draft("Offered", "5000.00", 12, 0)));
        assertThat(callAs("mayor", () -> applications.allowedActions(draft))).containsExactly(ApplicationAction.SUBMIT);
        assertThat(callAs("officer", () -> applications.allowedActions(draft))).isEmpty();
        FundApplication a = recommended("Offered twice", "5000.00", 12, 0);
        // four eyes: the recommending officer may only reject, another officer may approve
        assertThat(callAs("officer", () -> applications.allowedActions(a))).containsExactly(ApplicationAction.REJECT);
        assertThat(callAs("officer", () -> applications.awaitsAnotherOfficer(a)))
                .isTrue();
        assertThat(callAs("officer2", () -> applications.allowedActions(a)))
                .containsExactlyInAnyOrder(ApplicationAction.APPROVE, ApplicationAction.REJECT);
        assertThat(callAs("officer2", () -> applications.awaitsAnotherOfficer(a)))
                .isFalse();
        assertThat(callAs("mayor", () -> applications.allowedActions(a))).isEmpty();
        assertThat(ApplicationStatus.APPROVED.actions()).isEmpty();
        assertThat(ApplicationStatus.UNDER_REVIEW.after(ApplicationAction.ANSWER))
                .isEmpty();
        assertThat(ApplicationStatus.INFO_REQUESTED.after(ApplicationAction.ANSWER))
                .contains(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void rejectionNeedsReasonsAndEndsTheApplication() throws Exception {
        FundApplication a = recommended("Rejected", "5000.00", 12, 0);
        assertThatThrownBy(() -> callAs(
                        "officer2",
                        () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.REJECT, " ")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.text-required");
        FundApplication rejected = callAs(
                "officer2",
                () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.REJECT, "Too expensive"));
        assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.getDecisionReason()).isEqualTo("Too expensive");
        assertThatThrownBy(() -> callAs(
                        "officer2",
                        () -> applications.approve(rejected.getId(), rejected.getVersion(), BigDecimal.ONE, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.transition");
    }

    @Test
    void nothingElseMovesAnApplication() throws Exception {
        FundApplication a = callAs("mayor", () -> applications.createDraft(draft("Order", "5000.00", 12, 0)));
        // an officer cannot take a draft, the mayor cannot answer without a question
        assertThatThrownBy(() -> callAs(
                        "officer", () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.TAKE, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> callAs(
                        "mayor", () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.ANSWER, "x")))
                .isInstanceOf(BusinessException.class);
        FundApplication s =
                callAs("mayor", () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.SUBMIT, null));
        assertThatThrownBy(() -> callAs(
                        "mayor", () -> applications.perform(s.getId(), s.getVersion(), ApplicationAction.SUBMIT, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> callAs(
                        "mayor",
                        () -> applications.updateDraft(s.getId(), s.getVersion(), draft("Order", "6000.00", 12, 0))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.not-editable");
        assertThatThrownBy(() ->
                        callAs("officer", () -> applications.recommend(s.getId(), s.getVersion(), rubric(), null)))
                .isInstanceOf(BusinessException.class);
        // a stale version is refused
        assertThatThrownBy(() -> callAs(
                        "officer",
                        () -> applications.perform(s.getId(), s.getVersion() - 1, ApplicationAction.TAKE, null)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        // mayors cannot act as officers, officers cannot draft
        assertThatThrownBy(() -> callAs(
                        "mayor", () -> applications.perform(s.getId(), s.getVersion(), ApplicationAction.TAKE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs("officer", () -> applications.createDraft(draft("Officer", "5000.00", 12, 0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs("member", () -> lists.count(null))).isInstanceOf(AccessDeniedException.class);
        assertThat(callAs("officer", () -> applications.get(s.getId())).getStatus())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aMayorSeesOnlyTheirMunicipalitysApplicationsEvenById() throws Exception {
        FundApplication a = callAs("mayor", () -> applications.createDraft(draft("Scoped", "5000.00", 12, 0)));
        assertThatThrownBy(() -> callAs("mayor2", () -> applications.get(a.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> callAs(
                        "mayor2",
                        () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.SUBMIT, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> callAs("mayor2", () -> documents.list(a.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        List<FundApplication> kingston =
                callAs("mayor2", () -> lists.list(null, PageRequest.of(0, 100, Sort.by("id"))));
        assertThat(kingston).isNotEmpty().allMatch(x -> x.getMunicipalityId().equals(municipalityId("Kingston")));
        assertThat(callAs("mayor2", () -> lists.count(null))).isEqualTo(kingston.size());
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM fund_application", Long.class);
        assertThat(callAs("officer", () -> lists.count(null))).isEqualTo(all);
        // loans too
        Long accraLoan = jdbc.queryForObject(
                "SELECT MIN(id) FROM loan WHERE municipality_id = ?", Long.class, municipalityId("Accra"));
        assertThatThrownBy(() -> callAs("mayor2", () -> loans.get(accraLoan)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(callAs("mayor2", () -> loans.list(null, PageRequest.of(0, 100, Sort.by("id")))))
                .allMatch(l -> l.getMunicipalityId().equals(municipalityId("Kingston")));
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM fund_application", Long.class);
        for (ApplicationDraft bad : List.of(
                draft("Negative", "-5.00", 12, 0),
                draft("Absurd", "999999999999.00", 12, 0),
                draft("Cents", "5000.001", 12, 0),
                draft("Term zero", "5000.00", 0, 0),
                draft("Grace", "5000.00", 12, 12))) {
            assertThatThrownBy(() -> callAs("mayor", () -> applications.createDraft(bad)))
                    .as(bad.getTitle())
                    .isInstanceOf(ConstraintViolationException.class);
        }
        ApplicationDraft html = draft("<script>", "5000.00", 12, 0);
        assertThatThrownBy(() -> callAs("mayor", () -> applications.createDraft(html)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fund_application", Long.class))
                .isEqualTo(before);
    }

    @Test
    void documentsAreCheckedByContentAndSizeAndShownOnlyToApplicantAndOfficers() throws Exception {
        FundApplication a = callAs("mayor", () -> applications.createDraft(draft("Documents", "5000.00", 12, 0)));
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        DocumentInfo info = callAs("mayor", () -> documents.add(a.getId(), "C:\\Users\\x\\../plan <v2>.pdf", pdf));
        assertThat(info.contentType()).isEqualTo("application/pdf");
        assertThat(info.fileName()).isEqualTo("plan _v2_.pdf");

        byte[] big = new byte[50 * 1024 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        assertThatThrownBy(() -> callAs("mayor", () -> documents.add(a.getId(), "big.pdf", big)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.document-too-large");
        byte[] exe = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> callAs("mayor", () -> documents.add(a.getId(), "virus.pdf", exe)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.document-type");
        byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> callAs("mayor", () -> documents.add(a.getId(), "x.png", gif)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.document-type");
        assertThat(callAs("mayor", () -> documents.list(a.getId()))).hasSize(1);

        assertThat(callAs("officer", () -> documents.download(info.id())).content())
                .isEqualTo(pdf);
        assertThat(callAs("mayor", () -> documents.download(info.id())).content())
                .isEqualTo(pdf);
        assertThatThrownBy(() -> callAs("mayor2", () -> documents.download(info.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> callAs("member", () -> documents.download(info.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs("mayor2", () -> documents.add(a.getId(), "x.pdf", pdf)))
                .isInstanceOf(RecordNotFoundException.class);

        // once submitted, the applicant can no longer add documents
        FundApplication s =
                callAs("mayor", () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.SUBMIT, null));
        assertThatThrownBy(() -> callAs("mayor", () -> documents.add(s.getId(), "late.pdf", pdf)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.documents-closed");
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        assertThat(ApplicationDocuments.detectType(png)).isEqualTo("image/png");
        assertThat(ApplicationDocuments.detectType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("image/jpeg");
    }

    @Test
    void reviewQueueRanksScoredApplicationsFirst() throws Exception {
        FundApplication high = recommended("High", "5000.00", 12, 0);
        List<FundApplication> queue = callAs("officer", () -> lists.reviewQueue(PageRequest.of(0, 100)));
        assertThat(queue).allMatch(x -> ApplicationStatus.PENDING.contains(x.getStatus()));
        assertThat(queue.size()).isEqualTo((int) (long) callAs("officer", () -> lists.reviewCount()));
        BigDecimal last = null;
        boolean unscoredSeen = false;
        for (FundApplication x : queue) {
            if (x.getPriorityScore() == null) {
                unscoredSeen = true;
            } else {
                assertThat(unscoredSeen).as("scored after unscored").isFalse();
                if (last != null) {
                    assertThat(x.getPriorityScore()).isLessThanOrEqualTo(last);
                }
                last = x.getPriorityScore();
            }
        }
        assertThat(queue).extracting(FundApplication::getId).contains(high.getId());
        assertThatThrownBy(() -> callAs("mayor", () -> lists.reviewQueue(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
