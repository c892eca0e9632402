--liquibase formatted sql

--changeset imc:practice-1
-- The library of practices that worked: written by mayors, liaisons and trainers, reviewed by a
-- liaison before publication, searched with a FULLTEXT index (ranked by relevance).
CREATE TABLE practice (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(1000) NOT NULL,
    problem TEXT NOT NULL,
    what_was_done TEXT NOT NULL,
    results TEXT NOT NULL,
    indicator_goal_id BIGINT NULL,
    cost DECIMAL(19,2) NULL,
    lessons TEXT NULL,
    municipality_id BIGINT NULL,
    country VARCHAR(80) NOT NULL,
    language VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    author_id BIGINT NOT NULL,
    reviewer_id BIGINT NULL,
    review_comment VARCHAR(2000) NULL,
    submitted_at DATETIME(6) NULL,
    published_at DATETIME(6) NULL,
    CONSTRAINT fk_practice_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_practice_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_practice_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT fk_practice_goal FOREIGN KEY (indicator_goal_id) REFERENCES work_plan_goal (id) ON DELETE SET NULL,
    CONSTRAINT ck_practice_cost CHECK (cost IS NULL OR cost >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE FULLTEXT INDEX ft_practice ON practice (title, summary, problem, what_was_done, results, lessons);
CREATE INDEX ix_practice_status_published ON practice (status, published_at, id);
CREATE INDEX ix_practice_author ON practice (author_id, status);
CREATE INDEX ix_practice_country ON practice (country, status);

CREATE TABLE practice_sub_programme (
    practice_id BIGINT NOT NULL,
    sub_programme VARCHAR(40) NOT NULL,
    PRIMARY KEY (practice_id, sub_programme),
    CONSTRAINT fk_practice_sub_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_practice_sub ON practice_sub_programme (sub_programme, practice_id);

CREATE TABLE practice_sdg (
    practice_id BIGINT NOT NULL,
    target_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (practice_id, target_code),
    CONSTRAINT fk_practice_sdg_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_sdg_target FOREIGN KEY (target_code) REFERENCES sdg_target (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_practice_sdg ON practice_sdg (target_code, practice_id);

CREATE TABLE practice_attachment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    practice_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(50) NOT NULL,
    size_bytes INT NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_attachment_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_practice ON practice_attachment (practice_id, id);
