--liquibase formatted sql

--changeset imc:workplan-indicators-1
-- A goal may carry one measured indicator; its progress then follows the latest measurement
-- (from the baseline towards the target).
CREATE TABLE goal_indicator (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    goal_id BIGINT NOT NULL,
    what VARCHAR(200) NOT NULL,
    unit VARCHAR(40) NOT NULL,
    baseline_value DECIMAL(19,4) NOT NULL,
    baseline_date DATE NOT NULL,
    target_value DECIMAL(19,4) NOT NULL,
    target_date DATE NOT NULL,
    CONSTRAINT ux_indicator_goal UNIQUE (goal_id),
    CONSTRAINT fk_indicator_goal FOREIGN KEY (goal_id) REFERENCES work_plan_goal (id) ON DELETE CASCADE,
    CONSTRAINT ck_indicator_dates CHECK (target_date >= baseline_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE goal_measurement (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    indicator_id BIGINT NOT NULL,
    measured_value DECIMAL(19,4) NOT NULL,
    measured_on DATE NOT NULL,
    source VARCHAR(300) NOT NULL,
    recorded_by BIGINT NOT NULL,
    CONSTRAINT fk_measurement_indicator FOREIGN KEY (indicator_id) REFERENCES goal_indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_measurement_user FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_measurement_indicator ON goal_measurement (indicator_id, measured_on, id);
