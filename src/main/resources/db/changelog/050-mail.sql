--liquibase formatted sql

--changeset imc:mail-1
-- The outbox: every e-mail is written here in the transaction of the change that causes it and
-- sent afterwards by OutboxSender (docs/features/mail.md). A row is claimed for sending with
-- SELECT ... FOR UPDATE SKIP LOCKED and held by a lease (claim_token, lease_until); a node that
-- dies mid-send leaves a lease that runs out, and another node sends the row again.
CREATE TABLE mail_outbox (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_user_id BIGINT NULL,
    recipient_address VARCHAR(190) NOT NULL,
    category VARCHAR(20) NOT NULL,
    language VARCHAR(20) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    body_text MEDIUMTEXT NOT NULL,
    body_html MEDIUMTEXT NOT NULL,
    calendar MEDIUMTEXT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6) NOT NULL,
    claim_token VARCHAR(36) NULL,
    lease_until DATETIME(6) NULL,
    last_error VARCHAR(500) NULL,
    created_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    CONSTRAINT fk_mail_outbox_user FOREIGN KEY (recipient_user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_lease ON mail_outbox (status, lease_until);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient_user_id, status);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

-- What a user chose per category; without a row the default of their roles applies.
CREATE TABLE mail_preference (
    user_id BIGINT NOT NULL,
    category VARCHAR(20) NOT NULL,
    delivery VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, category),
    CONSTRAINT fk_mail_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset imc:account-token-1
-- Single-use links for invitations (72 hours) and password resets (30 minutes). Only the
-- SHA-256 of the random token is kept; the token itself exists only in the e-mail.
CREATE TABLE account_token (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    purpose VARCHAR(16) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_account_token_user ON account_token (user_id, purpose, used_at);
