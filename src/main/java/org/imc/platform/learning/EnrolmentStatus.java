package org.imc.platform.learning;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an enrolment, with every allowed transition written here and nowhere else.
 * <ul>
 * <li>PENDING, ENROLLED and the three outcomes hold a seat; WAITLISTED holds a position.</li>
 * <li>WITHDRAWN may enrol again (the same row is reused); REJECTED and the outcomes are final.</li>
 * </ul>
 */
public enum EnrolmentStatus {
    PENDING, ENROLLED, WAITLISTED, WITHDRAWN, REJECTED, COMPLETED, FAILED, NO_SHOW;

    private static final Map<EnrolmentStatus, Set<EnrolmentStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(ENROLLED, REJECTED, WITHDRAWN),
            WAITLISTED, EnumSet.of(ENROLLED, PENDING, WITHDRAWN),
            ENROLLED, EnumSet.of(WITHDRAWN, COMPLETED, FAILED, NO_SHOW),
            WITHDRAWN, EnumSet.of(ENROLLED, PENDING, WAITLISTED),
            REJECTED, EnumSet.noneOf(EnrolmentStatus.class),
            COMPLETED, EnumSet.noneOf(EnrolmentStatus.class),
            FAILED, EnumSet.noneOf(EnrolmentStatus.class),
            NO_SHOW, EnumSet.noneOf(EnrolmentStatus.class));

    /** Statuses that occupy one of the session's seats. */
    public static final Set<EnrolmentStatus> SEATED = EnumSet.of(PENDING, ENROLLED, COMPLETED, FAILED, NO_SHOW);

    /** Outcomes a trainer records for an enrolled participant. */
    public static final Set<EnrolmentStatus> OUTCOMES = EnumSet.of(COMPLETED, FAILED, NO_SHOW);

    public boolean canBecome(EnrolmentStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isSeated() {
        return SEATED.contains(this);
    }

    /** Still taking part (or waiting to): the learner may withdraw. */
    public boolean isActive() {
        return this == PENDING || this == ENROLLED || this == WAITLISTED;
    }

    public String labelKey() {
        return "learning.status." + name();
    }
}
