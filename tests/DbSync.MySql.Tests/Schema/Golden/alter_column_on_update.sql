-- changes:
--   alter column items.updated_at: on update none -> current_timestamp()

-- upgrade:
ALTER TABLE `items`
    MODIFY COLUMN `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp();

-- downgrade:
ALTER TABLE `items`
    MODIFY COLUMN `updated_at` timestamp NOT NULL DEFAULT current_timestamp();
