package org.imc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.Set;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.twinning.ProposalDraft;
import org.imc.platform.twinning.TwinningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal that service code decides itself (not method security) leaves exactly one audit row
 * with the user, the target and the reason, although the refused call's transaction rolls back.
 */
class ServiceRefusalAuditTest extends IntegrationTest {

    @Autowired
    TwinningService twinnings;

    @Test
    void aRefusalDecidedByTheServiceIsAuditedOnceWithUserAndTarget() throws Exception {
        Long kingston = municipalityId("Kingston");
        Long accra = municipalityId("Accra");
        long before = denials("mayor");

        Throwable refused = catchThrowable(() -> callAs(
                "mayor",
                () -> twinnings.propose(
                        kingston, new ProposalDraft(accra, Set.of(SubProgramme.values()[0]), "Let us twin."))));

        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        assertThat(denials("mayor")).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap("select entity_type, entity_id, after_state from audit_event"
                + " where action = 'ACCESS_DENIED' and actor = 'mayor' order by id desc limit 1");
        assertThat(row.get("entity_type")).isEqualTo("Service");
        assertThat(row.get("entity_id")).isEqualTo("TwinningService.propose(" + kingston + ", ProposalDraft)");
        assertThat((String) row.get("after_state")).contains("own municipality");
    }

    private long denials(String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?", Long.class, actor);
    }
}
