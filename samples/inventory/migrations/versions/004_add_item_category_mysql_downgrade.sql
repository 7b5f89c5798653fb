-- MySQL names the table in DROP INDEX.
DROP INDEX ix_items_category ON items;
ALTER TABLE items DROP COLUMN category;
