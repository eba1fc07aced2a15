-- Reminders: one row per grain and reminder name within a service. The version is the ETag the
-- reminder service holds; a delete names it and removes nothing when the row has moved on.
-- grain_hash is the grain's uniform hash as a signed integer: each silo reads the rows of its part
-- of the hash ring, (@BeginHash, @EndHash].

CREATE TABLE IF NOT EXISTS orleans_reminders
(
    service_id    varchar(150) NOT NULL,
    grain_id      varchar(1024) NOT NULL,
    reminder_name varchar(150) NOT NULL,
    start_time    timestamptz  NOT NULL,
    period        bigint       NOT NULL, -- milliseconds
    grain_hash    integer      NOT NULL,
    version       integer      NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS orleans_reminders_ring ON orleans_reminders (service_id, grain_hash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Answers the row's new version: 0 when created, one more on every change.
('UpsertReminderRowKey', $sql$
INSERT INTO orleans_reminders AS r (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = EXCLUDED.start_time, period = EXCLUDED.period, grain_hash = EXCLUDED.grain_hash,
    version = r.version + 1
RETURNING r.version AS Version;
$sql$),

('ReadReminderRowKey', $sql$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName;
$sql$),

('ReadReminderRowsKey', $sql$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_id = @GrainId;
$sql$),

-- The provider picks this one when @BeginHash < @EndHash as signed integers: one stretch of the ring.
('ReadRangeRows1Key', $sql$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash;
$sql$),

-- ... and this one otherwise: the range wraps around the end of the ring (begin = end is the whole ring).
('ReadRangeRows2Key', $sql$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$sql$),

-- One boolean column: whether the row was there at version @Version and is now gone.
('DeleteReminderRowKey', $sql$
WITH deleted AS (
    DELETE FROM orleans_reminders
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM deleted) AS deleted;
$sql$),

('DeleteReminderRowsKey', $sql$
DELETE FROM orleans_reminders WHERE service_id = @ServiceId;
$sql$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText
    WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
