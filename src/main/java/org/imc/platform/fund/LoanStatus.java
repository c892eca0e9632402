package org.imc.platform.fund;

/**
 * ACTIVE from approval until repaid (CLOSED) or written off by an officer (DEFAULTED).
 */
public enum LoanStatus {
    ACTIVE, CLOSED, DEFAULTED;

    public String labelKey() {
        return "fund.loan-status." + name();
    }
}
