-- changes:
--   add foreign key stock (item_id) -> items (id) ON DELETE CASCADE ON UPDATE RESTRICT

-- upgrade:
ALTER TABLE `stock` ADD CONSTRAINT `fk_stock_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT;

-- downgrade:
ALTER TABLE `stock` DROP FOREIGN KEY `fk_stock_item`;
