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

-- Every existing item starts out in the main warehouse; the ';' and '--' in this string are data.
INSERT INTO warehouses (id, code, city) VALUES (1, 'MAIN', 'Main street; dock 1 -- north');
INSERT INTO stock (item_id, warehouse_id, quantity) SELECT id, 1, 0 FROM items;
