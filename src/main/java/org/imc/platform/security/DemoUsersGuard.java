package org.imc.platform.security;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The prod profile does not start on a database that holds the demo users (they all sign in with
 * the password "demo", so anybody could): remove them, or run without the prod profile.
 * Checked once the context has started and before the application reports ready (so before a
 * balancer sends it traffic), not while the context is built: the image's class-data-sharing
 * training run builds the context without a database ({@code spring.context.exit=onRefresh}).
 */
@Component
@Profile("prod")
class DemoUsersGuard {

    /** The password hash every demo user has (of "demo"; db/changelog/102-demo-users.sql). */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG";

    private final AppUserRepository users;

    DemoUsersGuard(AppUserRepository users) {
        this.users = users;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void refuseDemoUsers() {
        long demoUsers = users.countByPasswordHash(DEMO_PASSWORD_HASH);
        if (demoUsers > 0) {
            throw new IllegalStateException(demoUsers + " demo users (password \"demo\") are in the database; the prod"
                    + " profile does not run with them. Remove them, or start without the prod profile.");
        }
    }
}
