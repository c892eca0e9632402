--liquibase formatted sql

--changeset imc:change-feed-1
-- The change feed (docs/decisions/2026-11-30-live-updates-through-a-change-feed-table.md): a row
-- per changed topic, written in the transaction of the change; every node reads the rows after
-- its cursor about twice a second and tells the open screens that follow the topic. Only the
-- topic is stored, never data: a screen reloads through the feature's service. Rows older than a
-- day are purged (ChangeFeedPurge).
CREATE TABLE change_event (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_change_event_created ON change_event (created_at);
