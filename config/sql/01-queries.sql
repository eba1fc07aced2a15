-- The Orleans ADO.NET providers (clustering, grain storage, reminders) carry no SQL of their own:
-- at start each reads its statements from this table, by key, and refuses to start when a key it
-- needs is missing. The scripts after this one fill it in; the SQL is ours, the keys and the
-- @parameters are the providers' contract. Each script replaces a query only when its text changed,
-- so the silos that re-apply them at every start leave an up-to-date table untouched.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);
