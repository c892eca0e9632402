package org.imc.platform.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.imc.platform.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator's password from the environment keeps the same rules as every other password. */
class InitialAdministratorTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void aCommonTooLongOrShortPasswordCreatesNobody() {
        for (String password : List.of("password1234", "Qwertyuiop123", "€".repeat(25), "elevenchars")) {
            emptyDatabase();
            administrator(password).run(null);
            verify(users, never()).save(any());
        }
    }

    @Test
    void aPasswordWithinTheRulesCreatesTheAdministrator() {
        emptyDatabase();
        administrator("lantern-orchid-basalt").run(null);
        verify(users).save(any(AppUser.class));
    }

    private void emptyDatabase() {
        when(users.findEnabledByRole(Role.ADMIN)).thenReturn(List.of());
        when(users.existsByUsername("admin")).thenReturn(false);
        when(users.save(any(AppUser.class))).thenAnswer(invocation -> invocation.getArgument(0));
    }

    private InitialAdministrator administrator(String password) {
        return new InitialAdministrator(
                users, encoder, mock(AuditService.class), new PasswordPolicy(), "admin", password);
    }
}
