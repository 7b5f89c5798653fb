-- changes:
--   drop check constraint on prices: amount >= 0
--   add check constraint on prices: amount >= 0 AND amount < 1000000

-- upgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   prices: to add or drop a check constraint
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_prices AS SELECT * FROM main.prices;
DROP TABLE prices;

CREATE TABLE prices (
    id INTEGER NOT NULL PRIMARY KEY,
    amount NUMERIC(10, 2) NOT NULL,
    CONSTRAINT ck_amount CHECK (amount >= 0 AND amount < 1000000)
);

INSERT INTO prices (id, amount)
SELECT id, amount FROM temp.dbsync_rebuild_prices;
DROP TABLE temp.dbsync_rebuild_prices;

-- downgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   prices: to add or drop a check constraint
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_prices AS SELECT * FROM main.prices;
DROP TABLE prices;

CREATE TABLE prices (
    id INTEGER NOT NULL PRIMARY KEY,
    amount NUMERIC(10, 2) NOT NULL,
    CHECK (amount >= 0)
);

INSERT INTO prices (id, amount)
SELECT id, amount FROM temp.dbsync_rebuild_prices;
DROP TABLE temp.dbsync_rebuild_prices;
