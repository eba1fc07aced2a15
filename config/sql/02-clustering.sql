-- Membership: one version row per cluster (ClusterId, which the provider calls DeploymentId) and one
-- row per silo incarnation (address, port, generation). Every change a silo makes to another row's
-- status goes through the version row: it carries the version it read (@Version) and the change
-- happens only while the version is still that one, so two silos deciding from the same view cannot
-- both win. Heartbeats (UpdateIAmAlivetimeKey) do not move the version: they are not decisions.
-- Times are UTC; the provider sends them as timestamptz.

CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id varchar(150) NOT NULL PRIMARY KEY,
    version       integer      NOT NULL DEFAULT 0,
    changed_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id   varchar(150) NOT NULL REFERENCES orleans_membership_version ON DELETE CASCADE,
    address         varchar(45)  NOT NULL,
    port            integer      NOT NULL,
    generation      integer      NOT NULL,
    silo_name       varchar(150) NOT NULL,
    host_name       varchar(150) NOT NULL,
    status          integer      NOT NULL, -- Orleans SiloStatus: 3 active, 6 dead
    proxy_port      integer      NOT NULL, -- the gateway port; 0 when the silo is no gateway
    suspect_times   text,                  -- "silo,time|silo,time", written and parsed by Orleans
    start_time      timestamptz  NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Answers one boolean column: whether this call created the cluster's version row.
('InsertMembershipVersionKey', $sql$
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM created) AS created;
$sql$),

-- A silo joins. True only if the version was still @Version and the silo was not in the table yet;
-- then the version moves on by one. The guard on the member row keeps a failed insert from
-- moving the version.
('InsertMembershipKey', $sql$
WITH bumped AS (
    UPDATE orleans_membership_version v
    SET version = v.version + 1, changed_at = now()
    WHERE v.deployment_id = @DeploymentId
      AND v.version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM orleans_membership m
          WHERE m.deployment_id = @DeploymentId
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
    RETURNING v.deployment_id),
joined AS (
    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM joined) AS joined;
$sql$),

-- A status change or suspicion vote on an existing row, under the same version rule as a join.
('UpdateMembershipKey', $sql$
WITH bumped AS (
    UPDATE orleans_membership_version v
    SET version = v.version + 1, changed_at = now()
    WHERE v.deployment_id = @DeploymentId
      AND v.version = @Version
      AND EXISTS (
          SELECT 1 FROM orleans_membership m
          WHERE m.deployment_id = @DeploymentId
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
    RETURNING v.deployment_id),
changed AS (
    UPDATE orleans_membership m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM bumped
    WHERE m.deployment_id = bumped.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM changed) AS changed;
$sql$),

('UpdateIAmAlivetimeKey', $sql$
UPDATE orleans_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation;
$sql$),

-- Both reads answer at least the version row (the provider takes the table version from the first
-- row), with the member columns null when there is no such silo; one statement, so the version
-- and the rows come from the same snapshot.
('MembershipReadRowKey', $sql$
SELECT v.version AS Version,
       m.address AS Address, m.port AS Port, m.generation AS Generation,
       m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
       m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
$sql$),

('MembershipReadAllKey', $sql$
SELECT v.version AS Version,
       m.address AS Address, m.port AS Port, m.generation AS Generation,
       m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
       m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;
$sql$),

-- Clients ask this for the silos they may connect to; @Status is always Active.
('GatewaysQueryKey', $sql$
SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
FROM orleans_membership
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
$sql$),

-- The member rows go with the version row (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', $sql$
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
$sql$),

-- Removes only silos already declared dead (6) whose last heartbeat is older than the cut-off:
-- a slow but living silo is never erased. It is housekeeping, so the version does not move.
('CleanupDefunctSiloEntriesKey', $sql$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime;
$sql$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText
    WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
