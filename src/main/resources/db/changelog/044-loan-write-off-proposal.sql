--liquibase formatted sql

--changeset imc:loan-write-off-proposal-1
-- A write-off takes two fund officers: one proposes it (who, when, why) while the loan stays
-- ACTIVE, a different officer confirms it (the loan becomes DEFAULTED) or the proposer withdraws it.
ALTER TABLE loan
    ADD COLUMN write_off_proposed_by BIGINT NULL,
    ADD COLUMN write_off_proposed_on DATE NULL,
    ADD COLUMN write_off_reason VARCHAR(2000) NULL;
--rollback ALTER TABLE loan DROP COLUMN write_off_proposed_by, DROP COLUMN write_off_proposed_on, DROP COLUMN write_off_reason;
