package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.imc.platform.Race;
import org.imc.platform.base.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The limits on supporting documents hold under parallel uploads (real concurrent transactions on
 * MariaDB): at most ten per application, none after submission, and the storage caps per
 * application and per municipality.
 */
class DocumentLimitsTest extends FundTestSupport {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void parallelUploadsNeverExceedTenDocuments() throws Exception {
        FundApplication a =
                callAs("mayor", () -> applications.createDraft(draft("Parallel uploads", "5000.00", 12, 0)));
        int uploads = 16;
        List<Callable<DocumentInfo>> racers = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            String name = "part-" + i + ".pdf";
            racers.add(() -> callAs("mayor", () -> documents.add(a.getId(), name, PDF)));
        }
        List<Race.Outcome<DocumentInfo>> outcomes = Race.run(racers);
        long added = outcomes.stream().filter(Race.Outcome::succeeded).count();
        long refused = outcomes.stream()
                .filter(o -> o.refusedWith("fund.error.too-many-documents"))
                .count();
        assertThat(added).isEqualTo(ApplicationDocuments.MAX_DOCUMENTS);
        assertThat(refused).isEqualTo(uploads - ApplicationDocuments.MAX_DOCUMENTS);
        assertThat(count(a.getId())).isEqualTo(ApplicationDocuments.MAX_DOCUMENTS);
    }

    @Test
    void uploadsRacingTheSubmissionNeverLandAfterIt() throws Exception {
        FundApplication a =
                callAs("mayor", () -> applications.createDraft(draft("Upload vs submit", "5000.00", 12, 0)));
        int uploads = 8;
        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            String name = "race-" + i + ".pdf";
            racers.add(() -> callAs("mayor", () -> documents.add(a.getId(), name, PDF)));
        }
        racers.add(() ->
                callAs("mayor", () -> applications.perform(a.getId(), a.getVersion(), ApplicationAction.SUBMIT, null)));
        List<Race.Outcome<Object>> outcomes = Race.run(racers);
        assertThat(outcomes.getLast().succeeded()).as("the submission").isTrue();
        assertThat(outcomes.subList(0, uploads))
                .allMatch(o -> o.succeeded() || o.refusedWith("fund.error.documents-closed"));
        // every document that landed was written before the submission: the application's lock
        // orders them, so no ADD_DOCUMENT comes after the SUBMIT in the audit trail
        Long late = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event d WHERE d.entity_type = ? AND d.entity_id = ? AND d.action = 'ADD_DOCUMENT' "
                        + "AND d.id > (SELECT s.id FROM audit_event s WHERE s.entity_type = ? AND s.entity_id = ? AND s.action = 'SUBMIT')",
                Long.class,
                FundApplicationService.ENTITY,
                a.getId().toString(),
                FundApplicationService.ENTITY,
                a.getId().toString());
        assertThat(late).isZero();
        assertThatThrownBy(() -> callAs("mayor", () -> documents.add(a.getId(), "late.pdf", PDF)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.documents-closed");
    }

    @Test
    void storagePerApplicationIsCapped() throws Exception {
        FundApplication a = callAs("mayor", () -> applications.createDraft(draft("Storage cap", "5000.00", 12, 0)));
        byte[] nineMegabytes = Arrays.copyOf(PDF, 9 * 1024 * 1024);
        // 5 x 9 MB = 45 MB fit under 50 MB; the sixth would pass it
        for (int i = 0; i < 5; i++) {
            String name = "big-" + i + ".pdf";
            callAs("mayor", () -> documents.add(a.getId(), name, nineMegabytes));
        }
        assertThatThrownBy(() -> callAs("mayor", () -> documents.add(a.getId(), "one-too-many.pdf", nineMegabytes)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("fund.error.application-storage-full");
        assertThat(count(a.getId())).isEqualTo(5);
    }

    private long count(Long applicationId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM fund_document WHERE application_id = ?", Long.class, applicationId);
    }
}
