package org.imc.platform.fund;

/**
 * What someone can do to a loan application. Where each leads is written in
 * {@link ApplicationStatus}; who may do it is decided by {@link FundApplicationService}. Editing a
 * draft is not an action: it changes the content, not the status.
 */
public enum ApplicationAction {
    SUBMIT,
    TAKE,
    REQUEST_INFO,
    ANSWER,
    RECOMMEND,
    APPROVE,
    REJECT;

    /** Actions that need a written text: the question, the answer, the reason of a rejection. */
    public boolean needsText() {
        return this == REQUEST_INFO || this == ANSWER || this == REJECT;
    }
}
