package org.imc.platform.security;

/**
 * Platform roles; a user may hold several. Spring Security sees them as {@code ROLE_<name>}.
 */
public enum Role {
    ADMIN,
    MAYOR,
    LIAISON,
    FUND_OFFICER,
    TRAINER,
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name();
    }
}
