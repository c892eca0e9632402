--liquibase formatted sql

--changeset imc:second-factor-sealed
-- Authenticator-app secrets are stored sealed (AES-256-GCM, "v1:" + Base64 of nonce, ciphertext
-- and tag: 83 characters for a 160-bit secret). The application seals the rows still in plain at
-- start-up (SecondFactorSealing): the key is configuration, which a change set does not see.
ALTER TABLE second_factor MODIFY secret VARCHAR(255) NOT NULL;
