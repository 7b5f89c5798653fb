-- Items a warehouse stocks.
CREATE TABLE items (
    id INTEGER NOT NULL PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    name VARCHAR(200) NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX ix_items_sku ON items (sku);
