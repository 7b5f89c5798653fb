-- changes:
--   drop index ix_name on items
--   drop index ix_old on items
--   add unique index ix_name on items (name DESC)
--   add index ix_sku on items (sku)

-- upgrade:
ALTER TABLE `items`
    DROP INDEX `ix_name`,
    DROP INDEX `ix_old`,
    ADD UNIQUE INDEX `ix_name` (`name` DESC),
    ADD INDEX `ix_sku` (`sku`);

-- downgrade:
ALTER TABLE `items`
    DROP INDEX `ix_sku`,
    DROP INDEX `ix_name`,
    ADD INDEX `ix_old` (`sku`, `name`),
    ADD INDEX `ix_name` (`name`);
