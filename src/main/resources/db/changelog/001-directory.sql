--liquibase formatted sql

--changeset imc:directory-1
CREATE TABLE municipality (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    name VARCHAR(120) NOT NULL,
    country VARCHAR(80) NOT NULL,
    region VARCHAR(120) NULL,
    population INT NULL,
    languages VARCHAR(200) NULL,
    latitude DECIMAL(9,6) NULL,
    longitude DECIMAL(9,6) NULL,
    description TEXT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_municipality_name ON municipality (name);
CREATE INDEX ix_municipality_country_name ON municipality (country, name);
CREATE INDEX ix_municipality_region ON municipality (region);
CREATE INDEX ix_municipality_population ON municipality (population);

CREATE TABLE municipality_pillar (
    municipality_id BIGINT NOT NULL,
    pillar VARCHAR(50) NOT NULL,
    PRIMARY KEY (municipality_id, pillar),
    CONSTRAINT fk_pillar_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pillar_pillar ON municipality_pillar (pillar, municipality_id);

CREATE TABLE municipality_resource (
    municipality_id BIGINT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    sub_programme VARCHAR(40) NOT NULL,
    description VARCHAR(500) NOT NULL,
    CONSTRAINT fk_resource_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_resource_municipality ON municipality_resource (municipality_id);
CREATE INDEX ix_resource_kind_sub ON municipality_resource (kind, sub_programme, municipality_id);

CREATE TABLE affiliate (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    name VARCHAR(200) NOT NULL,
    acronym VARCHAR(30) NULL,
    country VARCHAR(80) NOT NULL,
    scope VARCHAR(20) NOT NULL,
    relationship_type VARCHAR(30) NOT NULL,
    agreement_start DATE NULL,
    agreement_end DATE NULL,
    liaison_id BIGINT NULL,
    notes VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_affiliate_name ON affiliate (name);

CREATE TABLE network_event (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    name VARCHAR(200) NOT NULL,
    organiser VARCHAR(200) NOT NULL,
    place VARCHAR(120) NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    link VARCHAR(300) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_event_end ON network_event (end_date, start_date);
