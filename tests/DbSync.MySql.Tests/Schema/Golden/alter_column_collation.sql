-- changes:
--   alter column items.name: collation default -> utf8mb4_bin

-- upgrade:
ALTER TABLE `items`
    MODIFY COLUMN `name` varchar(200) COLLATE utf8mb4_bin NULL;

-- downgrade:
ALTER TABLE `items`
    MODIFY COLUMN `name` varchar(200) NULL;
