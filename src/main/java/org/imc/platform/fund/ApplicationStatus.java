package org.imc.platform.fund;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a loan application stands. The allowed moves are written here and nowhere else:
 * DRAFT → SUBMITTED → UNDER_REVIEW → (INFO_REQUESTED → UNDER_REVIEW)* → RECOMMENDED → APPROVED,
 * with REJECTED possible from UNDER_REVIEW and RECOMMENDED.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, INFO_REQUESTED, RECOMMENDED, APPROVED, REJECTED;

    /** Waiting for a fund officer (shown on the review list). */
    public static final Set<ApplicationStatus> PENDING = EnumSet.of(SUBMITTED, UNDER_REVIEW, INFO_REQUESTED, RECOMMENDED);

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(INFO_REQUESTED, RECOMMENDED, REJECTED);
            case INFO_REQUESTED -> EnumSet.of(UNDER_REVIEW);
            case RECOMMENDED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The applicant may still add documents: while a draft, and when the fund asks for information. */
    public boolean acceptsDocuments() {
        return this == DRAFT || this == INFO_REQUESTED;
    }

    public String labelKey() {
        return "fund.status." + name();
    }
}
