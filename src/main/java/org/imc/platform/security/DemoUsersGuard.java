package org.imc.platform.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The prod profile does not start on a database that holds the demo users (they all sign in with
 * the password "demo", so anybody could): remove them, or run without the prod profile.
 */
@Component
@Profile("prod")
class DemoUsersGuard implements SmartInitializingSingleton {

    /** The password hash every demo user has (of "demo"; db/changelog/102-demo-users.sql). */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG";

    private final AppUserRepository users;

    DemoUsersGuard(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long demoUsers = users.countByPasswordHash(DEMO_PASSWORD_HASH);
        if (demoUsers > 0) {
            throw new IllegalStateException(demoUsers + " demo users (password \"demo\") are in the database; the prod"
                    + " profile does not run with them. Remove them, or start without the prod profile.");
        }
    }
}
