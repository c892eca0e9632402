--liquibase formatted sql

--changeset imc:affiliate-agreements-1
-- An affiliate's agreements over time. The affiliate row keeps a copy of its latest agreement
-- (type, dates, liaison) so the list sorts by them in the database.
CREATE TABLE emphasis_area (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    sort_key INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO emphasis_area (code, sort_key) VALUES ('ETHICS', 10), ('LEADERSHIP', 20), ('ADVOCACY', 30),
    ('MEMBERSHIP', 40), ('GOVERNANCE', 50), ('INCLUSIVENESS', 60);

CREATE TABLE affiliate_agreement (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    affiliate_id BIGINT NOT NULL,
    relationship_type VARCHAR(30) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    liaison_id BIGINT NULL,
    imc_signatory_name VARCHAR(120) NULL,
    imc_signatory_title VARCHAR(120) NULL,
    imc_signed_on DATE NULL,
    affiliate_signatory_name VARCHAR(120) NULL,
    affiliate_signatory_title VARCHAR(120) NULL,
    affiliate_signed_on DATE NULL,
    renewal_notified_on DATE NULL,
    CONSTRAINT fk_agreement_affiliate FOREIGN KEY (affiliate_id) REFERENCES affiliate (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_liaison FOREIGN KEY (liaison_id) REFERENCES app_user (id),
    CONSTRAINT ck_agreement_dates CHECK (end_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_agreement_affiliate ON affiliate_agreement (affiliate_id, start_date);
CREATE INDEX ix_agreement_end ON affiliate_agreement (end_date, renewal_notified_on);
CREATE INDEX ix_agreement_liaison ON affiliate_agreement (liaison_id, end_date);

CREATE TABLE affiliate_agreement_emphasis (
    agreement_id BIGINT NOT NULL,
    area_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, area_code),
    CONSTRAINT fk_emphasis_agreement FOREIGN KEY (agreement_id) REFERENCES affiliate_agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_emphasis_area FOREIGN KEY (area_code) REFERENCES emphasis_area (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the agreement dates kept on affiliates until now become their first agreement
INSERT INTO affiliate_agreement (affiliate_id, relationship_type, start_date, end_date, liaison_id)
SELECT id, relationship_type, agreement_start, agreement_end, liaison_id FROM affiliate
WHERE agreement_start IS NOT NULL AND agreement_end IS NOT NULL AND agreement_end >= agreement_start;
