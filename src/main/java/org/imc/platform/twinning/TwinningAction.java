package org.imc.platform.twinning;

/** What someone can do to a twinning. Who may do it is decided by {@link TwinningService}. */
public enum TwinningAction {
    VET, REJECT, WITHDRAW, ACCEPT, DECLINE, SIGN, SUSPEND, RESUME, CONCLUDE;

    public String labelKey() {
        return "twinning.action." + name();
    }

    /** Actions that need a written reason (or, for concluding, a closing summary). */
    public boolean needsText() {
        return this == REJECT || this == DECLINE || this == CONCLUDE;
    }
}
