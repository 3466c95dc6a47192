-- PostGIS provides the spatial types and functions. Creating an extension needs rights the
-- application role may lack: .ci/run and the postgis/postgis image create it beforehand, and
-- IF NOT EXISTS makes this a no-op then.
CREATE EXTENSION IF NOT EXISTS postgis;
