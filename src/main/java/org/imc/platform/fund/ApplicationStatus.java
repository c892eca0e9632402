package org.imc.platform.fund;

import static org.imc.platform.fund.ApplicationAction.ANSWER;
import static org.imc.platform.fund.ApplicationAction.APPROVE;
import static org.imc.platform.fund.ApplicationAction.RECOMMEND;
import static org.imc.platform.fund.ApplicationAction.REJECT;
import static org.imc.platform.fund.ApplicationAction.REQUEST_INFO;
import static org.imc.platform.fund.ApplicationAction.SUBMIT;
import static org.imc.platform.fund.ApplicationAction.TAKE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imc.platform.base.workflow.Transitions;

/**
 * Where a loan application stands. Every allowed move is listed here and nowhere else:
 * <pre>
 * DRAFT --SUBMIT--> SUBMITTED --TAKE--> UNDER_REVIEW --RECOMMEND--> RECOMMENDED --APPROVE--> APPROVED
 * UNDER_REVIEW --REQUEST_INFO--> INFO_REQUESTED --ANSWER--> UNDER_REVIEW
 * UNDER_REVIEW, RECOMMENDED --REJECT--> REJECTED
 * </pre>
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    INFO_REQUESTED,
    RECOMMENDED,
    APPROVED,
    REJECTED;

    private static final Transitions<ApplicationStatus, ApplicationAction> TRANSITIONS = Transitions.of(
                    ApplicationStatus.class, ApplicationAction.class)
            .from(DRAFT, SUBMIT, SUBMITTED)
            .from(SUBMITTED, TAKE, UNDER_REVIEW)
            .from(UNDER_REVIEW, REQUEST_INFO, INFO_REQUESTED)
            .from(INFO_REQUESTED, ANSWER, UNDER_REVIEW)
            .from(UNDER_REVIEW, RECOMMEND, RECOMMENDED)
            .from(UNDER_REVIEW, REJECT, REJECTED)
            .from(RECOMMENDED, APPROVE, APPROVED)
            .from(RECOMMENDED, REJECT, REJECTED)
            .build();

    /** Waiting for a fund officer (shown on the review list). */
    public static final Set<ApplicationStatus> PENDING =
            EnumSet.of(SUBMITTED, UNDER_REVIEW, INFO_REQUESTED, RECOMMENDED);

    /** The status an action leads to from this one, or empty when the action is not allowed here. */
    public Optional<ApplicationStatus> after(ApplicationAction action) {
        return TRANSITIONS.after(this, action);
    }

    /** The actions that lead somewhere from this status (none once decided). */
    public Set<ApplicationAction> actions() {
        return TRANSITIONS.actionsFrom(this);
    }

    /** The applicant may still change the content: edit the draft, add documents while asked. */
    public boolean acceptsDocuments() {
        return this == DRAFT || this == INFO_REQUESTED;
    }

    public String labelKey() {
        return "fund.status." + name();
    }
}
