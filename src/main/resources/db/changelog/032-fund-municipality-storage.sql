--liquibase formatted sql

--changeset imc:fund-municipality-storage
-- One row per municipality that uploads supporting documents: an upload locks it (after the
-- application's row) while it checks the municipality's storage cap and adds the document, so
-- uploads to different applications of one municipality cannot pass the cap together. The row
-- is created by the first upload's INSERT ... ON DUPLICATE KEY UPDATE, which locks it as well.
CREATE TABLE fund_municipality_storage (
    municipality_id BIGINT NOT NULL PRIMARY KEY,
    last_upload_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_storage_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
