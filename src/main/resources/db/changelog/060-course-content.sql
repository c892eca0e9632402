--liquibase formatted sql

--changeset imc:course-content-1
-- Courses that teach: ordered modules with text (Markdown, rendered escaped), materials, a video
-- link and an optional quiz; per-enrolment progress and quiz attempts; the live session's meeting
-- link; and what the reminder job needs (last activity, when it last reminded).
CREATE TABLE course_module (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    course_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    body MEDIUMTEXT NULL,
    video_url VARCHAR(500) NULL,
    pass_mark INT NOT NULL DEFAULT 80,
    max_attempts INT NOT NULL DEFAULT 3,
    CONSTRAINT fk_module_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_module_position UNIQUE (course_id, position),
    CONSTRAINT ck_module_pass_mark CHECK (pass_mark BETWEEN 1 AND 100),
    CONSTRAINT ck_module_attempts CHECK (max_attempts BETWEEN 1 AND 20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_material (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    module_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by BIGINT NOT NULL,
    CONSTRAINT fk_material_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT fk_material_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_material_module ON module_material (module_id, id);

CREATE TABLE quiz_question (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    module_id BIGINT NOT NULL,
    position INT NOT NULL,
    prompt VARCHAR(1000) NOT NULL,
    correct_option INT NOT NULL,
    CONSTRAINT fk_question_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT uq_question_position UNIQUE (module_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quiz_option (
    question_id BIGINT NOT NULL,
    position INT NOT NULL,
    text VARCHAR(500) NOT NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT fk_option_question FOREIGN KEY (question_id) REFERENCES quiz_question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quiz_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT NOT NULL,
    module_id BIGINT NOT NULL,
    attempt_no INT NOT NULL,
    correct INT NOT NULL,
    total INT NOT NULL,
    score_percent INT NOT NULL,
    passed BOOLEAN NOT NULL,
    answers VARCHAR(2000) NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_attempt_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT uq_attempt_number UNIQUE (enrolment_id, module_id, attempt_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_progress (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT NOT NULL,
    module_id BIGINT NOT NULL,
    done_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_progress_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT uq_progress UNIQUE (enrolment_id, module_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE course_session
    ADD COLUMN meeting_url VARCHAR(500) NULL,
    ADD COLUMN meeting_at DATETIME(6) NULL,
    ADD COLUMN opening_announced_at DATETIME(6) NULL;

ALTER TABLE enrolment
    ADD COLUMN last_activity_at DATETIME(6) NULL,
    ADD COLUMN reminded_at DATETIME(6) NULL;
CREATE INDEX ix_enrolment_status_activity ON enrolment (status, last_activity_at);
