package org.imc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imc.platform.DemoTotp;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/**
 * Authenticator-app secrets are sealed in the database (AES-GCM, bound to their user), including
 * the demo accounts' published secret, which keeps working; the prod profile needs a key.
 */
class SecondFactorSecretsTest extends IntegrationTest {

    private static final String KEY = "q2m0Zy3Jc1c8XlQv2bqkWmW3nqG3bqz7mC5vZ3lJdC4=";

    @Autowired
    SecondFactorSecrets secrets;

    @Autowired
    SecondFactorSealing sealing;

    @Test
    void theSecretColumnHoldsNoPlainSecret() {
        List<String> stored = jdbc.queryForList("select secret from second_factor", String.class);

        assertThat(stored)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s)
                        .startsWith("v1:")
                        .doesNotContain(DemoTotp.SECRET)
                        .matches("v1:[A-Za-z0-9+/=]+"));
        // the demo accounts' sealed secret is still the published one
        Long officer = userId("officer");
        String sealed =
                jdbc.queryForObject("select secret from second_factor where user_id = ?", String.class, officer);
        assertThat(secrets.open(officer, sealed)).isEqualTo(DemoTotp.SECRET);
    }

    @Test
    void aPlainSecretLeftFromBeforeIsSealedAtStartUp() {
        Long member = userId("member");
        jdbc.update("insert into second_factor (user_id, secret) values (?, ?)", member, DemoTotp.SECRET);
        try {
            assertThat(sealing.sealPlainSecrets()).isEqualTo(1);

            String stored =
                    jdbc.queryForObject("select secret from second_factor where user_id = ?", String.class, member);
            assertThat(stored).startsWith("v1:").doesNotContain(DemoTotp.SECRET);
            assertThat(secrets.open(member, stored)).isEqualTo(DemoTotp.SECRET);
            assertThat(sealing.sealPlainSecrets()).isZero();
        } finally {
            jdbc.update("delete from second_factor where user_id = ?", member);
        }
    }

    @Test
    void aSealedSecretOpensOnlyForItsUserAndWithItsKey() {
        String sealed = secrets.seal(1L, DemoTotp.SECRET);

        assertThat(secrets.seal(1L, DemoTotp.SECRET)).isNotEqualTo(sealed);
        assertThat(secrets.open(1L, sealed)).isEqualTo(DemoTotp.SECRET);
        assertThatThrownBy(() -> secrets.open(2L, sealed)).isInstanceOf(IllegalStateException.class);
        SecondFactorSecrets otherKey = new SecondFactorSecrets(KEY, new MockEnvironment());
        assertThatThrownBy(() -> otherKey.open(1L, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theProdProfileRefusesToStartWithoutAKey() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new SecondFactorSecrets("", prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IMC_MFA_KEY");
        assertThatThrownBy(() -> new SecondFactorSecrets("c2hvcnQ=", prod)).hasMessageContaining("32 bytes");
        assertThat(new SecondFactorSecrets(KEY, prod).open(7L, new SecondFactorSecrets(KEY, prod).seal(7L, "ABC")))
                .isEqualTo("ABC");
    }
}
