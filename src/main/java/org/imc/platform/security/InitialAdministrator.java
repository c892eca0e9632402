package org.imc.platform.security;

import java.util.EnumSet;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production database starts without users. When {@code imc.initial-admin.password} is set
 * and no administrator exists yet, one is created so somebody can sign in and add the rest. The
 * password must keep the same {@link PasswordPolicy} as every other (length, bcrypt's 72 bytes,
 * not a common password); otherwise nobody is created and the log says which rule it breaks.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final PasswordPolicy passwordPolicy;
    private final String username;
    private final String password;

    InitialAdministrator(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            PasswordPolicy passwordPolicy,
            @Value("${imc.initial-admin.username:admin}") String username,
            @Value("${imc.initial-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.passwordPolicy = passwordPolicy;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || !users.findEnabledByRole(Role.ADMIN).isEmpty() || users.existsByUsername(username)) {
            return;
        }
        String refusal = passwordPolicy.refusal(password);
        if (refusal != null) {
            LOG.warn(
                    "IMC_ADMIN_PASSWORD breaks the password rules ({}: at least {} characters, at most {} bytes"
                            + " in UTF-8, not a common password); no administrator was created",
                    refusal,
                    PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_BYTES);
            return;
        }
        AppUser admin = new AppUser(username, "Administrator", username + "@localhost");
        admin.setPasswordHash(passwordEncoder.encode(password));
        admin.setRoles(EnumSet.of(Role.ADMIN, Role.MEMBER));
        AppUser saved = users.save(admin);
        audit.recordAs(
                AuditService.SYSTEM,
                "CREATE",
                "User",
                saved.getId(),
                null,
                Snapshot.of("username", username, "roles", saved.getRoles()));
        LOG.info("Created the initial administrator '{}'", username);
    }
}
