package org.imc.platform.security;

import java.time.Duration;

/** What a single-use link sent by e-mail is for, and how long it stays valid. */
public enum AccountLinkPurpose {
    INVITATION(Duration.ofHours(72), "invitation/"),
    PASSWORD_RESET(Duration.ofMinutes(30), "reset-password/");

    private final Duration validFor;
    private final String route;

    AccountLinkPurpose(Duration validFor, String route) {
        this.validFor = validFor;
        this.route = route;
    }

    public Duration validFor() {
        return validFor;
    }

    /** The route of the page that takes the token, relative to the application's base URL. */
    public String path(String token) {
        return route + token;
    }
}
