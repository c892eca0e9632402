--liquibase formatted sql

--changeset imc:twinning-1
-- A twinning between two municipalities, from the proposal to its conclusion. open_pair holds
-- "<smaller id>-<larger id>" while the twinning is pending (PROPOSED, VETTED, ACCEPTED) or
-- running (ACTIVE, SUSPENDED) and NULL otherwise, so the unique key allows one open twinning
-- per pair of municipalities, also when two proposals are sent at the same instant.
CREATE TABLE twinning (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    proposer_id BIGINT NOT NULL,
    partner_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    open_pair VARCHAR(41) NULL,
    themes VARCHAR(600) NOT NULL,
    message VARCHAR(2000) NOT NULL,
    proposed_by BIGINT NOT NULL,
    vetted_by BIGINT NULL,
    vetted_at DATETIME(6) NULL,
    decided_by BIGINT NULL,
    decided_at DATETIME(6) NULL,
    reason VARCHAR(1000) NULL,
    proposer_signed_by BIGINT NULL,
    proposer_signed_at DATETIME(6) NULL,
    partner_signed_by BIGINT NULL,
    partner_signed_at DATETIME(6) NULL,
    activated_at DATETIME(6) NULL,
    closing_summary VARCHAR(4000) NULL,
    CONSTRAINT fk_twinning_proposer FOREIGN KEY (proposer_id) REFERENCES municipality (id),
    CONSTRAINT fk_twinning_partner FOREIGN KEY (partner_id) REFERENCES municipality (id),
    CONSTRAINT fk_twinning_proposed_by FOREIGN KEY (proposed_by) REFERENCES app_user (id),
    CONSTRAINT ck_twinning_pair CHECK (proposer_id <> partner_id),
    CONSTRAINT ux_twinning_open_pair UNIQUE (open_pair)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_twinning_proposer ON twinning (proposer_id, status);
CREATE INDEX ix_twinning_partner ON twinning (partner_id, status);
CREATE INDEX ix_twinning_status ON twinning (status, updated_at);

CREATE TABLE twinning_work_plan (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    twinning_id BIGINT NOT NULL,
    plan_year INT NOT NULL,
    CONSTRAINT fk_work_plan_twinning FOREIGN KEY (twinning_id) REFERENCES twinning (id) ON DELETE CASCADE,
    CONSTRAINT ux_work_plan_year UNIQUE (twinning_id, plan_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE twinning_goal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    work_plan_id BIGINT NOT NULL,
    description VARCHAR(500) NOT NULL,
    owner VARCHAR(120) NOT NULL,
    target_date DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    progress INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_goal_work_plan FOREIGN KEY (work_plan_id) REFERENCES twinning_work_plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_goal_progress CHECK (progress BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_goal_plan ON twinning_goal (work_plan_id, target_date);

CREATE TABLE twinning_exchange (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    twinning_id BIGINT NOT NULL,
    host_id BIGINT NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    participants VARCHAR(500) NOT NULL,
    topic VARCHAR(200) NOT NULL,
    outcome VARCHAR(2000) NULL,
    CONSTRAINT fk_exchange_twinning FOREIGN KEY (twinning_id) REFERENCES twinning (id) ON DELETE CASCADE,
    CONSTRAINT fk_exchange_host FOREIGN KEY (host_id) REFERENCES municipality (id),
    CONSTRAINT ck_exchange_dates CHECK (end_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_exchange_twinning ON twinning_exchange (twinning_id, start_date);

--changeset imc:twinning-2
-- The partner finder keeps a compact in-memory copy of every municipality's needs, offers,
-- pillars and languages, and reloads it when MAX(updated_at) or MAX(id) of the directory moves:
-- with this index both are read from the ends of indexes.
CREATE INDEX ix_municipality_updated ON municipality (updated_at);
