package org.imc.platform.fund;

/**
 * What changes a loan's status. Where each leads is written in {@link LoanStatus}; who may take
 * it is decided by {@link LoanService}. Disbursements and repayments are money movements, not
 * actions: they need an ACTIVE loan (see {@link LoanStatus#movesMoney()}) and leave it ACTIVE,
 * except that the repayment settling the last of a fully disbursed principal takes {@link #CLOSE}.
 * A write-off takes two officers (four-eyes): one proposes it, another confirms it.
 */
public enum LoanAction {
    /** Fully disbursed and repaid: the system closes the loan with the settling repayment. */
    CLOSE,
    /** An officer proposes that the outstanding principal will not be recovered; the loan stays ACTIVE. */
    PROPOSE_WRITE_OFF,
    /** The proposing officer takes the proposal back. */
    WITHDRAW_WRITE_OFF,
    /** Another officer confirms the proposed write-off: the loan is DEFAULTED. */
    WRITE_OFF
}
