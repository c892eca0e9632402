--liquibase formatted sql

--changeset imc:learning-1
CREATE TABLE course (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    title VARCHAR(200) NOT NULL,
    description TEXT NULL,
    sub_programme VARCHAR(40) NOT NULL,
    language VARCHAR(20) NOT NULL,
    format VARCHAR(20) NOT NULL,
    trainer_id BIGINT NOT NULL,
    duration_hours INT NOT NULL,
    prerequisite_id BIGINT NULL,
    CONSTRAINT fk_course_trainer FOREIGN KEY (trainer_id) REFERENCES app_user (id),
    CONSTRAINT fk_course_prerequisite FOREIGN KEY (prerequisite_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_course_title ON course (title, id);
CREATE INDEX ix_course_sub_title ON course (sub_programme, title, id);
CREATE INDEX ix_course_trainer ON course (trainer_id, title);

CREATE TABLE course_session (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    course_id BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    capacity INT NOT NULL,
    enrolment_opens DATE NOT NULL,
    enrolment_closes DATE NOT NULL,
    approval_required BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_session_capacity CHECK (capacity BETWEEN 1 AND 10000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_session_course ON course_session (course_id, start_date, id);

CREATE TABLE enrolment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    session_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    waitlist_position INT NULL,
    over_enrolled BOOLEAN NOT NULL DEFAULT FALSE,
    completed_on DATE NULL,
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT uq_enrolment_session_user UNIQUE (session_id, user_id),
    CONSTRAINT uq_enrolment_session_position UNIQUE (session_id, waitlist_position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_enrolment_session_status ON enrolment (session_id, status);
CREATE INDEX ix_enrolment_user ON enrolment (user_id, status);

CREATE TABLE certificate (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    enrolment_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    learner_name VARCHAR(150) NOT NULL,
    course_title VARCHAR(200) NOT NULL,
    issued_on DATE NOT NULL,
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uq_certificate_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
