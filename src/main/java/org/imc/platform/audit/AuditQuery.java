package org.imc.platform.audit;

import java.time.LocalDate;

/**
 * Admin search over the audit trail; every part is optional. Dates are inclusive, in UTC.
 */
public record AuditQuery(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
