-- changes:
--   add table items
--   add table stock
--   add table warehouses

-- upgrade:
CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200)
);

CREATE TABLE warehouses (
    id INTEGER NOT NULL PRIMARY KEY,
    code TEXT NOT NULL,
    UNIQUE (code)
);

CREATE TABLE stock (
    item_id INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    PRIMARY KEY (item_id, warehouse_id),
    FOREIGN KEY (item_id) REFERENCES items (id),
    FOREIGN KEY (warehouse_id) REFERENCES warehouses (id)
);

CREATE INDEX ix_items_name ON items (name);

-- downgrade:
-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

DROP TABLE stock;
DROP TABLE items;
DROP TABLE warehouses;
