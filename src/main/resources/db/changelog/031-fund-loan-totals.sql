--liquibase formatted sql

--changeset imc:fund-loan-totals-1
-- Running totals of each loan's ledger entries. The ledger stays the source of truth: these are
-- its sums per loan and type, added to in the same transaction (under the fund lock) as every
-- entry is written, so the portfolio reads one row per loan instead of the whole ledger.
-- delinquency_bucket is derived from days_past_due (the boundaries of DelinquencyBucket) so the
-- portfolio index can be read in group order.
ALTER TABLE loan
    ADD COLUMN disbursed DECIMAL(19,2) NOT NULL DEFAULT 0,
    ADD COLUMN principal_repaid DECIMAL(19,2) NOT NULL DEFAULT 0,
    ADD COLUMN interest_paid DECIMAL(19,2) NOT NULL DEFAULT 0,
    ADD COLUMN written_off DECIMAL(19,2) NOT NULL DEFAULT 0,
    ADD COLUMN delinquency_bucket TINYINT AS (CASE WHEN days_past_due <= 0 THEN 0 WHEN days_past_due <= 30 THEN 1
        WHEN days_past_due <= 60 THEN 2 WHEN days_past_due <= 90 THEN 3 ELSE 4 END) VIRTUAL;
UPDATE loan l
LEFT JOIN (SELECT loan_id,
                  SUM(CASE WHEN entry_type = 'DISBURSEMENT' THEN amount ELSE 0 END) AS disbursed,
                  SUM(CASE WHEN entry_type = 'PRINCIPAL_REPAYMENT' THEN amount ELSE 0 END) AS principal_repaid,
                  SUM(CASE WHEN entry_type = 'INTEREST' THEN amount ELSE 0 END) AS interest_paid,
                  SUM(CASE WHEN entry_type = 'WRITE_OFF' THEN amount ELSE 0 END) AS written_off
           FROM fund_ledger_entry WHERE loan_id IS NOT NULL GROUP BY loan_id) t ON t.loan_id = l.id
SET l.disbursed = COALESCE(t.disbursed, 0),
    l.principal_repaid = COALESCE(t.principal_repaid, 0),
    l.interest_paid = COALESCE(t.interest_paid, 0),
    l.written_off = COALESCE(t.written_off, 0);
-- covering, in the portfolio's group order: one streaming pass, no temporary table
CREATE INDEX ix_loan_portfolio ON loan (sub_programme, status, delinquency_bucket, municipality_id,
    principal, disbursed, principal_repaid, interest_paid, written_off);
