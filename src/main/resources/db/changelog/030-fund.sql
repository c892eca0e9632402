--liquibase formatted sql

--changeset imc:fund-1
-- The revolving fund. Its single row is locked FOR UPDATE by approvals and disbursements so that
-- available capital (computed from the ledger) is checked and committed one decision at a time.
CREATE TABLE fund (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO fund (id, name) VALUES (1, 'IMC Revolving Fund');

CREATE TABLE fund_application (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    municipality_id BIGINT NOT NULL,
    applicant_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    sub_programme VARCHAR(40) NOT NULL,
    description TEXT NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    term_months INT NOT NULL,
    grace_months INT NOT NULL DEFAULT 0,
    co_financing DECIMAL(19,2) NOT NULL DEFAULT 0,
    beneficiaries INT NOT NULL DEFAULT 0,
    status VARCHAR(20) NOT NULL,
    submitted_at DATETIME(6) NULL,
    reviewer_id BIGINT NULL,
    info_question VARCHAR(2000) NULL,
    info_answer VARCHAR(2000) NULL,
    score_health INT NULL,
    score_beneficiaries INT NULL,
    score_financial INT NULL,
    score_readiness INT NULL,
    priority_score DECIMAL(5,2) NULL,
    recommended_by_id BIGINT NULL,
    recommendation VARCHAR(2000) NULL,
    decided_by_id BIGINT NULL,
    decided_at DATETIME(6) NULL,
    decision_reason VARCHAR(2000) NULL,
    CONSTRAINT fk_application_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_application_applicant FOREIGN KEY (applicant_id) REFERENCES app_user (id),
    CONSTRAINT fk_application_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT fk_application_recommender FOREIGN KEY (recommended_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_application_decider FOREIGN KEY (decided_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_application_status_score ON fund_application (status, priority_score, submitted_at);
CREATE INDEX ix_application_municipality ON fund_application (municipality_id, status);
CREATE INDEX ix_application_updated ON fund_application (updated_at);

-- Supporting documents live in the database so that every application node serves them.
CREATE TABLE fund_document (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(50) NOT NULL,
    size_bytes BIGINT NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES fund_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_document_application ON fund_document (application_id, id);

CREATE TABLE loan (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    application_id BIGINT NULL,
    municipality_id BIGINT NOT NULL,
    sub_programme VARCHAR(40) NOT NULL,
    principal DECIMAL(19,2) NOT NULL,
    annual_rate DECIMAL(7,4) NOT NULL,
    term_months INT NOT NULL,
    grace_months INT NOT NULL DEFAULT 0,
    start_date DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    days_past_due INT NOT NULL DEFAULT 0,
    delinquency_as_of DATE NULL,
    closed_at DATE NULL,
    CONSTRAINT uq_loan_application UNIQUE (application_id),
    CONSTRAINT fk_loan_application FOREIGN KEY (application_id) REFERENCES fund_application (id),
    CONSTRAINT fk_loan_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_loan_status ON loan (status, days_past_due);
CREATE INDEX ix_loan_municipality ON loan (municipality_id, id);
CREATE INDEX ix_loan_sub_programme ON loan (sub_programme, status);

-- cumulative_due: everything due up to and including this instalment (for days past due in SQL)
CREATE TABLE loan_instalment (
    loan_id BIGINT NOT NULL,
    seq INT NOT NULL,
    due_date DATE NOT NULL,
    principal DECIMAL(19,2) NOT NULL,
    interest DECIMAL(19,2) NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    balance_after DECIMAL(19,2) NOT NULL,
    cumulative_due DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (loan_id, seq),
    CONSTRAINT fk_instalment_loan FOREIGN KEY (loan_id) REFERENCES loan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_instalment_due ON loan_instalment (loan_id, due_date, cumulative_due);

-- Every movement of the fund. Amounts are always positive; the entry type gives the direction:
-- CONTRIBUTION, PRINCIPAL_REPAYMENT and INTEREST flow in, DISBURSEMENT flows out, WRITE_OFF moves
-- no cash (it removes unrecoverable principal from the outstanding portfolio).
CREATE TABLE fund_ledger_entry (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    entry_type VARCHAR(30) NOT NULL,
    amount DECIMAL(19,2) NOT NULL,
    value_date DATE NOT NULL,
    loan_id BIGINT NULL,
    recorded_by BIGINT NULL,
    note VARCHAR(500) NULL,
    CONSTRAINT ck_ledger_amount CHECK (amount > 0),
    CONSTRAINT fk_ledger_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT fk_ledger_user FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ledger_type ON fund_ledger_entry (entry_type, amount);
CREATE INDEX ix_ledger_loan ON fund_ledger_entry (loan_id, entry_type, amount, value_date);
