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
 * and no administrator exists yet, one is created so somebody can sign in and add the rest.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final String username;
    private final String password;

    InitialAdministrator(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            @Value("${imc.initial-admin.username:admin}") String username,
            @Value("${imc.initial-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || !users.findEnabledByRole(Role.ADMIN).isEmpty() || users.existsByUsername(username)) {
            return;
        }
        if (password.length() < 12) {
            LOG.warn("IMC_ADMIN_PASSWORD is shorter than 12 characters; no administrator was created");
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
