package org.imc.platform.fund;

import static org.imc.platform.fund.LoanAction.CLOSE;
import static org.imc.platform.fund.LoanAction.PROPOSE_WRITE_OFF;
import static org.imc.platform.fund.LoanAction.WITHDRAW_WRITE_OFF;
import static org.imc.platform.fund.LoanAction.WRITE_OFF;

import java.util.Optional;
import java.util.Set;
import org.imc.platform.base.workflow.Transitions;

/**
 * Where a loan stands. Every allowed move is listed here and nowhere else:
 * <pre>
 * ACTIVE --CLOSE (repaid in full)--> CLOSED
 * ACTIVE --PROPOSE_WRITE_OFF (an officer)--> ACTIVE, marked "write-off proposed"
 * ACTIVE --WITHDRAW_WRITE_OFF (the proposer)--> ACTIVE, unmarked
 * ACTIVE --WRITE_OFF (a different officer confirms)--> DEFAULTED
 * </pre>
 * Disbursing and repaying need ACTIVE ({@link #movesMoney()}); CLOSED and DEFAULTED are final.
 * Whether a write-off is proposed is the loan's mark, not a status: the loan is still active for
 * repayments and in every portfolio figure; {@link Loan#actions()} narrows this table by the mark.
 */
public enum LoanStatus {
    ACTIVE,
    CLOSED,
    DEFAULTED;

    private static final Transitions<LoanStatus, LoanAction> TRANSITIONS = Transitions.of(
                    LoanStatus.class, LoanAction.class)
            .from(ACTIVE, CLOSE, CLOSED)
            .from(ACTIVE, PROPOSE_WRITE_OFF, ACTIVE)
            .from(ACTIVE, WITHDRAW_WRITE_OFF, ACTIVE)
            .from(ACTIVE, WRITE_OFF, DEFAULTED)
            .build();

    /** The status an action leads to from this one, or empty when the action is not allowed here. */
    public Optional<LoanStatus> after(LoanAction action) {
        return TRANSITIONS.after(this, action);
    }

    /** The actions that lead somewhere from this status (none once closed or defaulted). */
    public Set<LoanAction> actions() {
        return TRANSITIONS.actionsFrom(this);
    }

    /** Whether money may still be disbursed or repaid on a loan in this status. */
    public boolean movesMoney() {
        return this == ACTIVE;
    }

    public String labelKey() {
        return "fund.loan-status." + name();
    }
}
