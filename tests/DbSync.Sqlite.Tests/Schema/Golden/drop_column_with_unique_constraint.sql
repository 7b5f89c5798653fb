-- changes:
--   drop unique constraint on items (code)
--   drop column items.code

-- upgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   items: to add or drop a unique constraint
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_items AS SELECT * FROM main.items;
DROP TABLE items;

CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200)
);

INSERT INTO items (id, sku, name)
SELECT id, sku, name FROM temp.dbsync_rebuild_items;
DROP TABLE temp.dbsync_rebuild_items;

-- downgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   items: to add or drop a unique constraint
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_items AS SELECT * FROM main.items;
DROP TABLE items;

CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200),
    code TEXT,
    UNIQUE (code)
);

INSERT INTO items (id, sku, name)
SELECT id, sku, name FROM temp.dbsync_rebuild_items;
DROP TABLE temp.dbsync_rebuild_items;
