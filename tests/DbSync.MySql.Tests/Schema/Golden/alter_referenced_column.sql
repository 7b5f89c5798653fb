-- changes:
--   alter column items.id: type int(11) -> bigint(20)
--   alter column stock.item_id: type int(11) -> bigint(20)

-- upgrade:
ALTER TABLE `stock` DROP FOREIGN KEY `fk_stock_item`;

ALTER TABLE `items`
    MODIFY COLUMN `id` bigint(20) NOT NULL AUTO_INCREMENT;

ALTER TABLE `stock`
    MODIFY COLUMN `item_id` bigint(20) NOT NULL;

ALTER TABLE `stock` ADD CONSTRAINT `fk_stock_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT;

-- downgrade:
ALTER TABLE `stock` DROP FOREIGN KEY `fk_stock_item`;

ALTER TABLE `stock`
    MODIFY COLUMN `item_id` int(11) NOT NULL;

ALTER TABLE `items`
    MODIFY COLUMN `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `stock` ADD CONSTRAINT `fk_stock_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT;
