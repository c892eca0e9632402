package org.imc.platform.security;

/** A user's access as the database has it now, compared with a session's on each request. */
record AccessState(boolean enabled, long securityVersion) {}
