package org.imc.platform.base.ui;

/**
 * Published when a signed-in user is refused a page by the navigation access control (the
 * {@link AccessDeniedView} is shown instead); the security module writes it to the audit trail.
 *
 * @param path the page asked for, without query parameters
 */
public record RouteAccessDenied(String path) {}
