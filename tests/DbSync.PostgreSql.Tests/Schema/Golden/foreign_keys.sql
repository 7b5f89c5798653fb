-- changes:
--   add foreign key stock (item_id) -> items (id) ON DELETE CASCADE

-- upgrade:
ALTER TABLE stock ADD CONSTRAINT stock_item_id_fkey FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE;

-- downgrade:
ALTER TABLE stock DROP CONSTRAINT stock_item_id_fkey;
