-- changes:
--   drop table stock

-- upgrade:
DROP TABLE stock;

-- downgrade:
CREATE TABLE stock (
    item_id integer NOT NULL,
    quantity integer NOT NULL DEFAULT 0
);

ALTER TABLE stock ADD CONSTRAINT stock_item_id_fkey FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE;
