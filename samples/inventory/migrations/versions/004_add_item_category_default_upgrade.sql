-- Categorise items; existing items are classified from their SKU prefix (a data migration).
ALTER TABLE items ADD COLUMN category VARCHAR(32) NOT NULL DEFAULT 'general';

UPDATE items SET category = 'hardware' WHERE sku LIKE 'HW-%';
UPDATE items SET category = 'software' WHERE sku LIKE 'SW-%';

CREATE INDEX ix_items_category ON items (category);
