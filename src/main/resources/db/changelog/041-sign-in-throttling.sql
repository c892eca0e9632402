--liquibase formatted sql

--changeset imc:sign-in-throttling-1
-- Sign-in throttling (docs/decisions/2026-11-30-sign-in-throttling.md). sign_in_throttle now has
-- one row per typed name (client = '') carrying the failures of that name from everywhere and
-- the short delay they cause, and one row per (name, client address) pair carrying the 15-minute
-- lock and the last successful sign-in from that address. Existing rows become name rows.
ALTER TABLE sign_in_throttle
    ADD COLUMN client VARCHAR(64) NOT NULL DEFAULT '' AFTER username,
    ADD COLUMN last_attempt_at DATETIME(6) NULL,
    ADD COLUMN last_success_at DATETIME(6) NULL,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (username, client);
CREATE INDEX ix_sign_in_throttle_last_attempt ON sign_in_throttle (last_attempt_at);

-- Failed sign-ins from one client address (an IPv6 client by its /64), whatever the names:
-- password spraying across many names is slowed by a growing delay per address.
CREATE TABLE sign_in_client_throttle (
    client VARCHAR(64) NOT NULL PRIMARY KEY,
    failed_count INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NULL,
    last_attempt_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sign_in_client_throttle_last_attempt ON sign_in_client_throttle (last_attempt_at);
