--liquibase formatted sql

--changeset imc:security-revocation-1
-- security_version: raised whenever a user's access changes (roles, municipality, enabled,
-- password); a session signed in under an older version is ended on its next request.
-- must_change_password: set when an admin sets the password; the user chooses their own at
-- the next sign-in.
ALTER TABLE app_user ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
