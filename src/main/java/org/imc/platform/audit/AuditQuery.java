package org.imc.platform.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Admin search over the audit trail; every part is optional. {@code from}/{@code to} are
 * inclusive dates in UTC; {@code since} (inclusive) and {@code until} (exclusive) are exact
 * instants, for "the last 24 hours" or days in the reader's own time zone.
 */
public record AuditQuery(
        String actor,
        String entityType,
        String entityId,
        LocalDate from,
        LocalDate to,
        String action,
        Instant since,
        Instant until) {

    public AuditQuery(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {
        this(actor, entityType, entityId, from, to, null, null, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    public AuditQuery withAction(String action) {
        return new AuditQuery(actor, entityType, entityId, from, to, action, since, until);
    }

    public AuditQuery between(Instant since, Instant until) {
        return new AuditQuery(actor, entityType, entityId, from, to, action, since, until);
    }
}
