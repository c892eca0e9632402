package org.imc.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The attempt was not evaluated: too many recent failures for the name or from the client's
 * address. The caller may try again after {@link #retryAfterSeconds()}.
 */
public class SignInDelayedException extends AuthenticationException {

    private final int retryAfterSeconds;

    SignInDelayedException(int retryAfterSeconds) {
        super("try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
