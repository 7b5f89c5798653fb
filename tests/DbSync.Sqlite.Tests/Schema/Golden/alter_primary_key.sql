-- changes:
--   alter primary key of stock: (item_id) -> (item_id, warehouse_id)

-- upgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   stock: to change the primary key
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_stock AS SELECT * FROM main.stock;
DROP TABLE stock;

CREATE TABLE stock (
    item_id INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    quantity INTEGER,
    PRIMARY KEY (item_id, warehouse_id)
);

INSERT INTO stock (item_id, warehouse_id, quantity)
SELECT item_id, warehouse_id, quantity FROM temp.dbsync_rebuild_stock;
DROP TABLE temp.dbsync_rebuild_stock;

-- downgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   stock: to change the primary key
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_stock AS SELECT * FROM main.stock;
DROP TABLE stock;

CREATE TABLE stock (
    item_id INTEGER NOT NULL PRIMARY KEY,
    warehouse_id INTEGER NOT NULL,
    quantity INTEGER
);

INSERT INTO stock (item_id, warehouse_id, quantity)
SELECT item_id, warehouse_id, quantity FROM temp.dbsync_rebuild_stock;
DROP TABLE temp.dbsync_rebuild_stock;
