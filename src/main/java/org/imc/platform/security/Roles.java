package org.imc.platform.security;

/**
 * Role names and the security expressions built from them, as compile-time constants for
 * {@code @RolesAllowed} on views and {@code @PreAuthorize} on services: the only place a role
 * is spelled as a string. {@link Role} is the same list as an enum (a test keeps them equal).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MAYOR = "MAYOR";
    public static final String LIAISON = "LIAISON";
    public static final String FUND_OFFICER = "FUND_OFFICER";
    public static final String TRAINER = "TRAINER";
    public static final String MEMBER = "MEMBER";

    public static final String SIGNED_IN = "isAuthenticated()";
    /** Reachable without signing in (invitations, password resets): say so instead of leaving it out. */
    public static final String ANYONE = "permitAll()";

    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String IS_MAYOR = "hasRole('" + MAYOR + "')";
    public static final String IS_LIAISON = "hasRole('" + LIAISON + "')";
    public static final String IS_FUND_OFFICER = "hasRole('" + FUND_OFFICER + "')";
    public static final String IS_TRAINER = "hasRole('" + TRAINER + "')";
    public static final String IS_MAYOR_OR_LIAISON = "hasAnyRole('" + MAYOR + "', '" + LIAISON + "')";
    public static final String IS_ADMIN_OR_LIAISON = "hasAnyRole('" + ADMIN + "', '" + LIAISON + "')";
    public static final String IS_ADMIN_OR_MAYOR = "hasAnyRole('" + ADMIN + "', '" + MAYOR + "')";
    public static final String IS_MAYOR_OR_FUND_OFFICER = "hasAnyRole('" + MAYOR + "', '" + FUND_OFFICER + "')";
    public static final String IS_MAYOR_LIAISON_OR_TRAINER =
            "hasAnyRole('" + MAYOR + "', '" + LIAISON + "', '" + TRAINER + "')";
    public static final String IS_MAYOR_LIAISON_OR_ADMIN =
            "hasAnyRole('" + MAYOR + "', '" + LIAISON + "', '" + ADMIN + "')";

    private Roles() {}
}
