--liquibase formatted sql

--changeset imc:demo-second-factor context:demo
-- The demo accounts that must use two-step sign-in come enrolled with the published demo secret
-- JBSWY3DPEHPK3PXP (Base32, 30 s, 6 digits, SHA-1): add it to any authenticator app.
INSERT INTO second_factor (user_id, secret)
  SELECT id, 'JBSWY3DPEHPK3PXP' FROM app_user WHERE username IN ('admin', 'officer', 'officer2');
