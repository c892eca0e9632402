package org.imc.platform.fund;

/**
 * What changes a loan's status. Where each leads is written in {@link LoanStatus}; who may take
 * it is decided by {@link LoanService}. Disbursements and repayments are money movements, not
 * actions: they need an ACTIVE loan (see {@link LoanStatus#movesMoney()}) and leave it ACTIVE,
 * except that the repayment settling the last of a fully disbursed principal takes {@link #CLOSE}.
 */
public enum LoanAction {
    /** Fully disbursed and repaid: the system closes the loan with the settling repayment. */
    CLOSE,
    /** An officer's decision that the outstanding principal will not be recovered. */
    WRITE_OFF
}
