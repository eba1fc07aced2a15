-- The Grid's own table: the enforcement log (notices, takedowns, penalties, appeals) that statements of
-- reasons and the transparency report are read from. One row per entry, written once: the puid is the
-- platform's id for the entry and never reused, so a re-driven step inserts nothing twice.

CREATE TABLE IF NOT EXISTS grid_activity
(
    puid          varchar(500) PRIMARY KEY,
    partition_key varchar(64)  NOT NULL,   -- hour and bucket, as the log grains are keyed
    at            timestamptz  NOT NULL,
    entry         jsonb        NOT NULL
);

CREATE INDEX IF NOT EXISTS grid_activity_partition ON grid_activity (partition_key, at);
