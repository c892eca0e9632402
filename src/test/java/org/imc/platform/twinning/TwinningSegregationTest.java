package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.EnumSet;
import org.imc.platform.DualRoleUsers;
import org.imc.platform.IntegrationTest;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A liaison who is also the mayor of one of the two parties never vets (or rejects) that
 * proposal: another liaison does. Creates an Accra–Kingston twinning and deletes it afterwards.
 */
class TwinningSegregationTest extends IntegrationTest {

    /** Liaison and mayor of Accra. */
    static final String LIAISON_MAYOR = "liaison-mayor-accra-sod";

    @Autowired
    TwinningService service;

    private long lastDemoId;
    private Long accra;
    private Long kingston;

    @BeforeEach
    void remember() {
        DualRoleUsers.ensure(jdbc, LIAISON_MAYOR, "Accra", "LIAISON", "MAYOR");
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from twinning", Long.class);
        lastDemoId = max == null ? 0 : max;
        accra = municipalityId("Accra");
        kingston = municipalityId("Kingston");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from twinning where id > ?", lastDemoId);
    }

    @Test
    void aLiaisonCannotVetTheirOwnMunicipalitysProposal() throws Exception {
        Twinning proposed = callAs("mayor", () -> service.propose(accra, draft(kingston)));
        assertCannotVet(proposed);
    }

    @Test
    void aLiaisonCannotVetAProposalMadeToTheirOwnMunicipality() throws Exception {
        Twinning proposed = callAs("mayor2", () -> service.propose(kingston, draft(accra)));
        assertCannotVet(proposed);
    }

    private void assertCannotVet(Twinning proposed) throws Exception {
        Long id = proposed.getId();
        assertThat(callAs(LIAISON_MAYOR, () -> service.allowedActions(proposed)))
                .doesNotContain(TwinningAction.VET, TwinningAction.REJECT);
        assertThat(callAs("liaison", () -> service.allowedActions(proposed)))
                .contains(TwinningAction.VET, TwinningAction.REJECT);
        for (TwinningAction action : new TwinningAction[] {TwinningAction.VET, TwinningAction.REJECT}) {
            Throwable refused =
                    catchThrowable(() -> runAs(LIAISON_MAYOR, () -> service.perform(id, version(id), action, "mine")));
            assertThat(refused).as(action.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select status from twinning where id = ?", String.class, id))
                .isEqualTo("PROPOSED");
        assertThat(callAs("liaison", () -> service.perform(id, version(id), TwinningAction.VET, null))
                        .getStatus())
                .isEqualTo(TwinningStatus.VETTED);
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from twinning where id = ?", Long.class, id);
    }

    private static ProposalDraft draft(Long partner) {
        return new ProposalDraft(partner, EnumSet.of(SubProgramme.DRINKING_WATER), "Let us work together.");
    }
}
