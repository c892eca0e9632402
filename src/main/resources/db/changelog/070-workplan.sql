--liquibase formatted sql

--changeset imc:workplan-1
-- Work plans and their goals are shared by partnerships (twinning) and affiliate agreements
-- (directory): the twinning tables become the work-plan module's, keyed by owner kind and id.
ALTER TABLE twinning_work_plan DROP FOREIGN KEY fk_work_plan_twinning;
ALTER TABLE twinning_work_plan DROP INDEX ux_work_plan_year;
RENAME TABLE twinning_work_plan TO work_plan, twinning_goal TO work_plan_goal;
ALTER TABLE work_plan CHANGE twinning_id owner_id BIGINT NOT NULL;
ALTER TABLE work_plan ADD COLUMN owner_kind VARCHAR(20) NOT NULL DEFAULT 'PARTNERSHIP' AFTER updated_at;
ALTER TABLE work_plan ALTER COLUMN owner_kind DROP DEFAULT;
ALTER TABLE work_plan ADD CONSTRAINT ux_work_plan_owner_year UNIQUE (owner_kind, owner_id, plan_year);
-- overdue goals per owner (dashboards): goals not done whose target date has passed
CREATE INDEX ix_goal_status_target ON work_plan_goal (status, target_date, work_plan_id);
