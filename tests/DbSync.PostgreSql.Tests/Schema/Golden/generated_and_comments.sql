-- changes:
--   alter column items.sku: comment 'stock keeping unit' -> none
--   alter column items.name: comment none -> 'shown to customers, it's public'
--   add column items.label text GENERATED ALWAYS AS ((((sku)::text || ': '::text) || name)) STORED
--   alter table options of items: (defaults) -> COMMENT='what we sell'
--   add index ix_items_sku on items (sku COLLATE C)

-- upgrade:
ALTER TABLE items
    ADD COLUMN label text GENERATED ALWAYS AS ((((sku)::text || ': '::text) || name)) STORED;
COMMENT ON TABLE items IS 'what we sell';
COMMENT ON COLUMN items.sku IS NULL;
COMMENT ON COLUMN items.name IS 'shown to customers, it''s public';

CREATE INDEX ix_items_sku ON items (sku COLLATE "C");

-- downgrade:
DROP INDEX ix_items_sku;

ALTER TABLE items
    DROP COLUMN label;
COMMENT ON TABLE items IS NULL;
COMMENT ON COLUMN items.name IS NULL;
COMMENT ON COLUMN items.sku IS 'stock keeping unit';
