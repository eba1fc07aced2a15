-- Grain state, for every named storage in Postgres mode ("grid" and "PubSubStore"). The provider
-- names a grain by its service, its state name (@GrainTypeString), and its key: a long (@GrainIdN1),
-- a Guid (@GrainIdN0, @GrainIdN1) or a string (@GrainIdExtensionString, which also holds the
-- extension of a compound key), plus a hash of each to keep index lookups short. The storage
-- name is not part of it, so two storages share rows only if they share state names.
--
-- The version is the ETag. A write or clear names the version it read (@GrainStateVersion, null for
-- a grain never written) and succeeds only against that version; otherwise it answers no new
-- version and the provider throws InconsistentStateException to the grain.

CREATE TABLE IF NOT EXISTS orleans_storage
(
    service_id         varchar(150) NOT NULL,
    grain_type_hash    integer      NOT NULL,
    grain_id_hash      integer      NOT NULL,
    grain_type         varchar(512) NOT NULL,
    grain_id_n0        bigint       NOT NULL,
    grain_id_n1        bigint       NOT NULL,
    grain_id_extension varchar(1024),
    payload            bytea,                 -- null once the state is cleared; the row keeps the version
    version            integer      NOT NULL,
    modified_at        timestamptz  NOT NULL DEFAULT now(),
    -- NULLS NOT DISTINCT: a grain without a string part is still one grain, so a second first write
    -- of it conflicts instead of adding a twin row.
    CONSTRAINT orleans_storage_grain UNIQUE NULLS NOT DISTINCT
        (service_id, grain_type_hash, grain_id_hash, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- No row: the grain was never written (the provider hands it a fresh state).
('ReadFromStorageKey', $sql$
SELECT payload AS PayloadBinary, version AS Version
FROM orleans_storage
WHERE service_id = @ServiceId
  AND grain_type_hash = @GrainTypeHash AND grain_id_hash = @GrainIdHash
  AND grain_type = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString;
$sql$),

-- A first write (no version) inserts version 1 unless someone else already did; a later write moves
-- the version on by one if it is still the one the grain read. Either way one row with the new
-- version, or no row at all on a conflict.
('WriteToStorageKey', $sql$
WITH updated AS (
    UPDATE orleans_storage
    SET payload = @PayloadBinary, version = version + 1, modified_at = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND service_id = @ServiceId
      AND grain_type_hash = @GrainTypeHash AND grain_id_hash = @GrainIdHash
      AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version),
inserted AS (
    INSERT INTO orleans_storage
        (service_id, grain_type_hash, grain_id_hash, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
    SELECT @ServiceId, @GrainTypeHash, @GrainIdHash, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT ON CONSTRAINT orleans_storage_grain DO NOTHING
    RETURNING version)
SELECT version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT version FROM inserted;
$sql$),

-- Clearing keeps the row and moves the version on, so a writer still holding the old version
-- conflicts. Always one row: the new version, or null on a conflict.
('ClearStorageKey', $sql$
WITH cleared AS (
    UPDATE orleans_storage
    SET payload = NULL, version = version + 1, modified_at = now()
    WHERE service_id = @ServiceId
      AND grain_type_hash = @GrainTypeHash AND grain_id_hash = @GrainIdHash
      AND grain_type = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
      AND version = @GrainStateVersion
    RETURNING version)
SELECT (SELECT version FROM cleared) AS NewGrainStateVersion;
$sql$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText
    WHERE OrleansQuery.QueryText IS DISTINCT FROM EXCLUDED.QueryText;
