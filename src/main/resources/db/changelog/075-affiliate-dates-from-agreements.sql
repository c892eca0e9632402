--liquibase formatted sql

--changeset imc:affiliate-dates-from-agreements-1
-- An affiliate's agreement dates are its agreements' only: the affiliate's own copy goes. Dates
-- set on an affiliate that has no agreement yet (its form edited them until now) become its
-- first agreement, as migration 073 did for all affiliates then.
INSERT INTO affiliate_agreement (affiliate_id, relationship_type, start_date, end_date, liaison_id)
SELECT a.id, a.relationship_type, a.agreement_start, a.agreement_end, a.liaison_id FROM affiliate a
WHERE a.agreement_start IS NOT NULL AND a.agreement_end IS NOT NULL AND a.agreement_end >= a.agreement_start
  AND NOT EXISTS (SELECT 1 FROM affiliate_agreement g WHERE g.affiliate_id = a.id);
ALTER TABLE affiliate DROP COLUMN agreement_start, DROP COLUMN agreement_end;
