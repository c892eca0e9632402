package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.imc.platform.Race;
import org.imc.platform.audit.AuditService;
import org.imc.platform.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploads to several applications of one municipality at the same moment (MariaDB, real
 * concurrent transactions): together they would pass the municipality's storage cap, so only as
 * many as fit are added. The cap is set just above what the municipality stores now, so that the
 * test does not depend on how busy the machine is: it fails only when the cap is overshot.
 */
class StorageCapRaceTest extends FundTestSupport {

    private static final int SIZE = 256 * 1024;
    private static final int APPLICATIONS = 6;
    private static final int FITTING = 2;

    @Autowired
    FundDocumentRepository documentRepository;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AuditService audit;

    @Autowired
    Clock clock;

    @Autowired
    FundApplicationRepository applicationRepository;

    @Autowired
    FundQueries queries;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void parallelUploadsToSeveralApplicationsNeverPassTheMunicipalityCap() throws Exception {
        byte[] document = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), SIZE);
        Long accra = municipalityId("Accra");
        for (int round = 0; round < 3; round++) {
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                String title = "Storage race " + round + "-" + i;
                drafts.add(callAs("mayor", () -> applications.createDraft(draft(title, "5000.00", 12, 0)))
                        .getId());
            }
            long before = storedBy(accra);
            long cap = before + FITTING * SIZE + SIZE / 2;
            ApplicationDocuments capped = cappedAt(cap);
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            List<Callable<DocumentInfo>> racers = new ArrayList<>();
            for (Long id : drafts) {
                racers.add(() ->
                        callAs("mayor", () -> transaction.execute(status -> capped.add(id, "plan.pdf", document))));
            }
            List<Race.Outcome<DocumentInfo>> outcomes = Race.run(racers);
            long added = outcomes.stream().filter(Race.Outcome::succeeded).count();
            long refused = outcomes.stream()
                    .filter(o -> o.refusedWith("fund.error.municipality-storage-full"))
                    .count();
            assertThat(storedBy(accra)).as("bytes stored by Accra, cap %d", cap).isLessThanOrEqualTo(cap);
            assertThat(added).isEqualTo(FITTING);
            assertThat(refused).isEqualTo(APPLICATIONS - FITTING);
        }
    }

    /** The documents service with the usual per-application cap and a municipality cap of {@code bytes}. */
    private ApplicationDocuments cappedAt(long bytes) {
        return new ApplicationDocuments(
                documentRepository,
                applications,
                currentUser,
                audit,
                clock,
                queries,
                DataSize.ofMegabytes(50),
                DataSize.ofBytes(bytes));
    }

    private long storedBy(Long municipalityId) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(d.size_bytes), 0) FROM fund_document d JOIN fund_application a"
                        + " ON a.id = d.application_id WHERE a.municipality_id = ?",
                Long.class,
                municipalityId);
    }
}
