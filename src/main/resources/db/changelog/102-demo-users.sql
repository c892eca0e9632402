--liquibase formatted sql

--changeset imc:demo-users context:demo
-- Every demo user signs in with the password "demo".
INSERT INTO app_user (username, full_name, email, password_hash, enabled, municipality_id) VALUES
  ('admin', 'Ada Administrator', 'admin@imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('mayor', 'Akosua Mensah', 'mayor@accra.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, (SELECT id FROM municipality WHERE name = 'Accra')),
  ('mayor2', 'Delroy Campbell', 'mayor@kingston.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, (SELECT id FROM municipality WHERE name = 'Kingston')),
  ('liaison', 'Lina Okafor', 'liaison@imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('officer', 'Omar Diallo', 'officer@fund.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('officer2', 'Grace Wanjiru', 'officer2@fund.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('trainer', 'Tomás Pereira', 'trainer@learning.imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL),
  ('member', 'Michelle Baptiste', 'member@imc.example', '{bcrypt}$2a$10$FOv6R.qbC2vPZQK97fWwweEhes2JM1g5PzlE8ys6zokIjiCzMFCDG', TRUE, NULL);
INSERT INTO app_user_role (user_id, role) SELECT id, 'ADMIN' FROM app_user WHERE username = 'admin';
INSERT INTO app_user_role (user_id, role) SELECT id, 'MAYOR' FROM app_user WHERE username IN ('mayor', 'mayor2');
INSERT INTO app_user_role (user_id, role) SELECT id, 'LIAISON' FROM app_user WHERE username = 'liaison';
INSERT INTO app_user_role (user_id, role) SELECT id, 'FUND_OFFICER' FROM app_user WHERE username IN ('officer', 'officer2');
INSERT INTO app_user_role (user_id, role) SELECT id, 'TRAINER' FROM app_user WHERE username = 'trainer';
INSERT INTO app_user_role (user_id, role) SELECT id, 'MEMBER' FROM app_user;

--changeset imc:demo-affiliates context:demo
CREATE TABLE affiliate_seed (
    country VARCHAR(80) NOT NULL,
    name VARCHAR(200) NOT NULL,
    acronym VARCHAR(30) NULL,
    scope VARCHAR(20) NOT NULL
);

--changeset imc:demo-events-seed context:demo
CREATE TABLE network_event_seed (
    name VARCHAR(200) NOT NULL,
    organiser VARCHAR(200) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL
);
