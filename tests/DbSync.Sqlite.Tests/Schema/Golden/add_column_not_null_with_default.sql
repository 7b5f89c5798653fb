-- changes:
--   add column items.category VARCHAR(32) NOT NULL DEFAULT 'general'

-- upgrade:
ALTER TABLE items ADD COLUMN category VARCHAR(32) NOT NULL DEFAULT 'general';

-- downgrade:
ALTER TABLE items DROP COLUMN category;
