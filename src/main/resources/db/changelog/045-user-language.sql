--liquibase formatted sql

--changeset imc:user-language-1
-- The language a user chose (en, fr, es, pt, ar); NULL: their browser's languages decide.
ALTER TABLE app_user
    ADD COLUMN language VARCHAR(8) NULL;
--rollback ALTER TABLE app_user DROP COLUMN language;
