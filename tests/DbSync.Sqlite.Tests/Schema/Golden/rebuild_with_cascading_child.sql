-- changes:
--   alter column items.name: type VARCHAR(200) -> VARCHAR(250)

-- upgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   items: to change column name
--   stock: its rows reference items ON DELETE CASCADE, which would act on them when items is dropped
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_items AS SELECT * FROM main.items;
CREATE TEMP TABLE dbsync_rebuild_stock AS SELECT * FROM main.stock;
DROP TABLE stock;
DROP TABLE items;

CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(250)
);

CREATE TABLE stock (
    item_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
);

INSERT INTO items (id, sku, name)
SELECT id, sku, name FROM temp.dbsync_rebuild_items;
DROP TABLE temp.dbsync_rebuild_items;
INSERT INTO stock (item_id, quantity)
SELECT item_id, quantity FROM temp.dbsync_rebuild_stock;
DROP TABLE temp.dbsync_rebuild_stock;

-- downgrade:
-- SQLite cannot make these changes with ALTER TABLE, so the tables are rebuilt, keeping their rows
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
--   items: to change column name
--   stock: its rows reference items ON DELETE CASCADE, which would act on them when items is dropped
-- Each table's rows are copied to a TEMP table; the table is dropped, created in its new shape and given back
-- its rows (in the columns both shapes have), its indexes and its triggers.
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE dbsync_rebuild_items AS SELECT * FROM main.items;
CREATE TEMP TABLE dbsync_rebuild_stock AS SELECT * FROM main.stock;
DROP TABLE stock;
DROP TABLE items;

CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200)
);

CREATE TABLE stock (
    item_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
);

INSERT INTO items (id, sku, name)
SELECT id, sku, name FROM temp.dbsync_rebuild_items;
DROP TABLE temp.dbsync_rebuild_items;
INSERT INTO stock (item_id, quantity)
SELECT item_id, quantity FROM temp.dbsync_rebuild_stock;
DROP TABLE temp.dbsync_rebuild_stock;
