package org.imc.platform.practice;

import java.util.Optional;
import java.util.Set;
import org.imc.platform.base.workflow.Transitions;

/**
 * Where a practice stands:
 * <pre>
 * DRAFT    --SUBMIT (author)--> IN_REVIEW
 * RETURNED --SUBMIT (author)--> IN_REVIEW
 * IN_REVIEW --PUBLISH (a liaison other than the author)--> PUBLISHED
 * IN_REVIEW --RETURN (a liaison other than the author, with comments)--> RETURNED
 * </pre>
 */
public enum PracticeStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    RETURNED;

    private static final Transitions<PracticeStatus, PracticeAction> TRANSITIONS = Transitions.of(
                    PracticeStatus.class, PracticeAction.class)
            .from(DRAFT, PracticeAction.SUBMIT, IN_REVIEW)
            .from(RETURNED, PracticeAction.SUBMIT, IN_REVIEW)
            .from(IN_REVIEW, PracticeAction.PUBLISH, PUBLISHED)
            .from(IN_REVIEW, PracticeAction.RETURN, RETURNED)
            .build();

    public Optional<PracticeStatus> after(PracticeAction action) {
        return TRANSITIONS.after(this, action);
    }

    public Set<PracticeAction> actions() {
        return TRANSITIONS.actionsFrom(this);
    }

    /** The author changes the content only before review or after it was returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String labelKey() {
        return "practice.status." + name();
    }
}
