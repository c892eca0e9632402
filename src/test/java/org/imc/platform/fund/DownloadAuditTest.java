package org.imc.platform.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whoever takes a fund document or the portfolio out of the platform leaves a row in the audit trail. */
class DownloadAuditTest extends FundTestSupport {

    @Test
    void aDocumentDownloadIsAuditedWithWhoAndWhich() throws Exception {
        FundApplication a = callAs("mayor", () -> applications.createDraft(draft("download audit", "1000", 12, 0)));
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        DocumentInfo info = callAs("mayor", () -> documents.add(a.getId(), "plan.pdf", pdf));
        long before = downloads(info.id());

        DocumentContent content = callAs("officer", () -> documents.download(info.id()));

        assertThat(content.content()).isEqualTo(pdf);
        assertThat(downloads(info.id())).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap(
                "select actor, after_state from audit_event where action = 'DOWNLOAD' and entity_type = 'FundDocument'"
                        + " and entity_id = ? order by id desc limit 1",
                String.valueOf(info.id()));
        assertThat(row.get("actor")).isEqualTo("officer");
        assertThat((String) row.get("after_state"))
                .contains("application: " + a.getId())
                .contains("plan.pdf");
    }

    @Test
    void thePortfolioExportIsAudited() throws Exception {
        long before = count("EXPORT_PORTFOLIO", "officer");

        callAs("officer", () -> portfolio.csv());

        assertThat(count("EXPORT_PORTFOLIO", "officer")).isEqualTo(before + 1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PortfolioService portfolio;

    private long downloads(Long documentId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'DOWNLOAD' and entity_type = 'FundDocument' and entity_id = ?",
                Long.class,
                String.valueOf(documentId));
    }

    private long count(String action, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and actor = ?", Long.class, action, actor);
    }
}
