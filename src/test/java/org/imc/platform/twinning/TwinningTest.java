package org.imc.platform.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imc.platform.twinning.TwinningAction.ACCEPT;
import static org.imc.platform.twinning.TwinningAction.SIGN;
import static org.imc.platform.twinning.TwinningAction.VET;

import java.time.Instant;
import java.util.EnumSet;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.SubProgramme;
import org.junit.jupiter.api.Test;

/** A twinning applying actions to itself, without a database. */
class TwinningTest {

    private static final Long PROPOSER = 1L;
    private static final Long PARTNER = 2L;
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private static Twinning accepted() {
        Twinning t = new Twinning(PROPOSER, PARTNER, EnumSet.of(SubProgramme.SANITATION), "Shall we?", 10L);
        t.apply(VET, 0, 20L, null, NOW, null);
        t.apply(ACCEPT, 0, 30L, PARTNER, NOW, null);
        return t;
    }

    @Test
    void staysAcceptedUntilBothMayorsHaveSigned() {
        Twinning t = accepted();
        t.apply(SIGN, 0, 30L, PARTNER, NOW, null);
        assertThat(t.getStatus()).isEqualTo(TwinningStatus.ACCEPTED);
        assertThat(t.getPartnerSignedByUserId()).isEqualTo(30L);
        assertThat(t.getActivatedAt()).isNull();
        assertThat(t.actionsOpenTo(PARTNER)).doesNotContain(SIGN);
        assertThat(t.actionsOpenTo(PROPOSER)).containsExactly(SIGN);

        t.apply(SIGN, 0, 40L, PROPOSER, NOW, null);
        assertThat(t.getStatus()).isEqualTo(TwinningStatus.ACTIVE);
        assertThat(t.getProposerSignedByUserId()).isEqualTo(40L);
        assertThat(t.getActivatedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesASecondSignatureOfTheSameSide() {
        Twinning t = accepted();
        t.apply(SIGN, 0, 30L, PARTNER, NOW, null);
        assertThatThrownBy(() -> t.apply(SIGN, 0, 31L, PARTNER, NOW, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.already-signed");
        assertThat(t.getPartnerSignedByUserId()).isEqualTo(30L);
    }

    @Test
    void refusesWhatItsStatusDoesNotAllow() {
        Twinning t = new Twinning(PROPOSER, PARTNER, EnumSet.of(SubProgramme.SANITATION), "Shall we?", 10L);
        assertThatThrownBy(() -> t.apply(SIGN, 0, 30L, PARTNER, NOW, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("twinning.error.now.PROPOSED");
        assertThat(t.getStatus()).isEqualTo(TwinningStatus.PROPOSED);
    }
}
