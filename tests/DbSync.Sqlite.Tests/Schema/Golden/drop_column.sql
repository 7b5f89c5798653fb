-- changes:
--   drop index ix_items_weight on items
--   drop column items.weight

-- upgrade:
DROP INDEX ix_items_weight;
ALTER TABLE items DROP COLUMN weight;

-- downgrade:
ALTER TABLE items ADD COLUMN weight REAL;

CREATE INDEX ix_items_weight ON items (weight);
