--liquibase formatted sql

--changeset imc:second-factor-1
-- The authenticator-app (TOTP) secret of a user who enrolled in two-step sign-in, and the last
-- time step a code was accepted for (a code is accepted once: replays are refused).
CREATE TABLE second_factor (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    user_id BIGINT NOT NULL,
    secret VARCHAR(64) NOT NULL,
    last_used_step BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_second_factor_user UNIQUE (user_id),
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Single-use recovery codes, stored as SHA-256 hashes (they are random, 60 bits each).
CREATE TABLE recovery_code (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    code_hash CHAR(64) NOT NULL,
    used_at DATETIME(6) NULL,
    CONSTRAINT uk_recovery_code UNIQUE (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
