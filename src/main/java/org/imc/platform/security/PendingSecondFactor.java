package org.imc.platform.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who is half-way through signing in: the password was right, the second factor is still
 * missing. {@code enrolled} is false for a user whose role requires two-step sign-in but who has
 * not set up an authenticator app yet (they are sent to enrolment).
 */
public record PendingSecondFactor(Long userId, String username, boolean enrolled) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
