-- changes:
--   drop index ix_items_weight on items
--   drop column items.weight

-- upgrade:
ALTER TABLE `items`
    DROP INDEX `ix_items_weight`,
    DROP COLUMN `weight`;

-- downgrade:
ALTER TABLE `items`
    ADD COLUMN `weight` double NULL,
    ADD INDEX `ix_items_weight` (`weight`);
