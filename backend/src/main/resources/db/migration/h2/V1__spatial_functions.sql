-- Registers the H2GIS functions (ST_MakePoint, ST_MakeEnvelope, ...) in the embedded database,
-- once: the aliases are stored in the database file, so later starts find them.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
