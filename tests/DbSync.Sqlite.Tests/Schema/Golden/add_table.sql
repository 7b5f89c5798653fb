-- changes:
--   add table ports

-- upgrade:
CREATE TABLE ports (
    id INTEGER NOT NULL PRIMARY KEY,
    item_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    UNIQUE (code),
    FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE,
    CHECK (length(code) > 1)
);

CREATE INDEX ix_ports_item ON ports (item_id);

-- downgrade:
DROP TABLE ports;
