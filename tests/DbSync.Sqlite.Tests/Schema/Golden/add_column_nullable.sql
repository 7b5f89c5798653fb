-- changes:
--   add column items.weight REAL

-- upgrade:
ALTER TABLE items ADD COLUMN weight REAL;

-- downgrade:
ALTER TABLE items DROP COLUMN weight;
