-- The inventory schema as it should be: what `dotnet dbsync check` compares the upgrade scripts with, what
-- `revision --autogenerate` diffs the database against and what `create_schema` creates. SQLite syntax.

-- Items a warehouse stocks.
CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL DEFAULT 0,
    category VARCHAR(32) NOT NULL DEFAULT 'general'
);

CREATE UNIQUE INDEX ix_items_sku ON items (sku);
CREATE INDEX ix_items_category ON items (category);

CREATE TABLE warehouses (
    id INTEGER NOT NULL PRIMARY KEY,
    code VARCHAR(16) NOT NULL UNIQUE,
    city VARCHAR(100) NOT NULL
);

CREATE TABLE stock (
    item_id INTEGER NOT NULL REFERENCES items (id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses (id),
    quantity INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, warehouse_id)
);

CREATE INDEX ix_stock_warehouse ON stock (warehouse_id);

-- A trail of every stock change, written by the trigger below.
CREATE TABLE stock_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    old_quantity INTEGER,
    new_quantity INTEGER NOT NULL,
    direction VARCHAR(8) NOT NULL,
    changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_stock_audit AFTER UPDATE OF quantity ON stock
FOR EACH ROW
BEGIN
    INSERT INTO stock_audit (item_id, warehouse_id, old_quantity, new_quantity, direction)
    VALUES (NEW.item_id, NEW.warehouse_id, OLD.quantity, NEW.quantity,
            CASE WHEN NEW.quantity > OLD.quantity THEN 'in' ELSE 'out' END);
END;
