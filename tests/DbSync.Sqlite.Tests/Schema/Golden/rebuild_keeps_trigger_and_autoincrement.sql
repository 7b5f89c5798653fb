-- changes:
--   alter column audit.message: NULL -> NOT NULL, default none -> ''

-- upgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   audit: to change column message
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_audit AS SELECT * FROM main.audit;
CREATE TEMP TABLE dbsync_rebuild_audit_sequence AS SELECT seq FROM main.sqlite_sequence WHERE name = 'audit';
DROP TABLE audit;

CREATE TABLE audit (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    message TEXT NOT NULL DEFAULT ''
);

INSERT INTO audit (id, message)
SELECT id, COALESCE(message, '') FROM temp.dbsync_rebuild_audit;
DELETE FROM main.sqlite_sequence WHERE name = 'audit';
INSERT INTO main.sqlite_sequence (name, seq) SELECT 'audit', seq FROM temp.dbsync_rebuild_audit_sequence;
DROP TABLE temp.dbsync_rebuild_audit_sequence;
DROP TABLE temp.dbsync_rebuild_audit;

CREATE TRIGGER trg_audit AFTER INSERT ON audit BEGIN SELECT 1; END;

-- downgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   audit: to change column message
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_audit AS SELECT * FROM main.audit;
CREATE TEMP TABLE dbsync_rebuild_audit_sequence AS SELECT seq FROM main.sqlite_sequence WHERE name = 'audit';
DROP TABLE audit;

CREATE TABLE audit (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    message TEXT
);

INSERT INTO audit (id, message)
SELECT id, message FROM temp.dbsync_rebuild_audit;
DELETE FROM main.sqlite_sequence WHERE name = 'audit';
INSERT INTO main.sqlite_sequence (name, seq) SELECT 'audit', seq FROM temp.dbsync_rebuild_audit_sequence;
DROP TABLE temp.dbsync_rebuild_audit_sequence;
DROP TABLE temp.dbsync_rebuild_audit;

CREATE TRIGGER trg_audit AFTER INSERT ON audit BEGIN SELECT 1; END;
