package org.imc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.imc.platform.IntegrationTest;
import org.imc.platform.fund.LoanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A call that method security refuses leaves exactly one audit row naming the user and the target. */
class AccessDeniedAuditTest extends IntegrationTest {

    @Autowired
    LoanService loans;

    @Test
    void aDeniedServiceCallIsAuditedOnceWithUserAndTarget() throws Exception {
        long before = denials("member");

        Throwable refused = catchThrowable(() -> callAs("member", () -> loans.get(987654L)));

        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        assertThat(denials("member")).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap(
                "select entity_type, entity_id from audit_event where action = 'ACCESS_DENIED' and actor = 'member'"
                        + " order by id desc limit 1");
        assertThat(row.get("entity_type")).isEqualTo("Service");
        assertThat(row.get("entity_id")).isEqualTo("LoanService.get(987654)");
    }

    private long denials(String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?", Long.class, actor);
    }
}
