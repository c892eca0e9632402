package org.imc.platform.twinning;

/**
 * What someone can do to a twinning. Where it leads is listed in {@link TwinningStatus}; who
 * may do it is decided by {@link TwinningService}.
 */
public enum TwinningAction {
    VET,
    REJECT,
    WITHDRAW,
    ACCEPT,
    DECLINE,
    SIGN,
    SUSPEND,
    RESUME,
    CONCLUDE;

    /** The longest reason for a rejection or refusal. */
    public static final int REASON_MAX = 1000;
    /** The longest closing summary. */
    public static final int SUMMARY_MAX = 4000;

    public String labelKey() {
        return "twinning.action." + name();
    }

    /** Actions that need a written reason (or, for concluding, a closing summary). */
    public boolean needsText() {
        return this == REJECT || this == DECLINE || this == CONCLUDE;
    }

    /** The longest text this action takes. */
    public int textMax() {
        return this == CONCLUDE ? SUMMARY_MAX : REASON_MAX;
    }

    /** The label of the text field: a closing summary or a reason. */
    public String textLabelKey() {
        return this == CONCLUDE ? "twinning.action.summary" : "twinning.action.reason";
    }

    /** The refusal when the text is missing. */
    public String textRequiredKey() {
        return this == CONCLUDE ? "twinning.error.summary-required" : "twinning.error.reason-required";
    }
}
