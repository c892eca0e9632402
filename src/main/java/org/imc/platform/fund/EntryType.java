package org.imc.platform.fund;

/**
 * Kinds of ledger entries. Amounts are always positive; the type gives the direction of cash:
 * contributions, principal repayments and interest flow in; disbursements flow out; a write-off
 * moves no cash but removes unrecoverable principal from the outstanding portfolio.
 */
public enum EntryType {
    CONTRIBUTION,
    DISBURSEMENT,
    PRINCIPAL_REPAYMENT,
    INTEREST,
    WRITE_OFF;

    public String labelKey() {
        return "fund.entry." + name();
    }
}
