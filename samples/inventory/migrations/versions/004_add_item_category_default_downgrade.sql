DROP INDEX ix_items_category;
ALTER TABLE items DROP COLUMN category;
