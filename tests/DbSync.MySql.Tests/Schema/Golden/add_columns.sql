-- changes:
--   add column items.weight double
--   add column items.category varchar(32) NOT NULL DEFAULT 'general'
--   add column items.created_at timestamp NOT NULL DEFAULT current_timestamp()

-- upgrade:
ALTER TABLE `items`
    ADD COLUMN `weight` double NULL,
    ADD COLUMN `category` varchar(32) NOT NULL DEFAULT 'general',
    ADD COLUMN `created_at` timestamp NOT NULL DEFAULT current_timestamp();

-- downgrade:
ALTER TABLE `items`
    DROP COLUMN `created_at`,
    DROP COLUMN `category`,
    DROP COLUMN `weight`;
