-- changes:
--   add table items
--   add table stock
--   add table warehouses

-- upgrade:
CREATE TABLE `items` (
    `id` int(11) NOT NULL AUTO_INCREMENT,
    `sku` varchar(32) NOT NULL,
    `name` varchar(200) NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `warehouses` (
    `id` int(11) NOT NULL,
    `code` varchar(16) NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE INDEX `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stock` (
    `item_id` int(11) NOT NULL,
    `warehouse_id` int(11) NOT NULL,
    PRIMARY KEY (`item_id`, `warehouse_id`),
    INDEX `fk_stock_warehouse` (`warehouse_id`),
    CONSTRAINT `fk_stock_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
    CONSTRAINT `fk_stock_warehouse` FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- downgrade:
ALTER TABLE `stock` DROP FOREIGN KEY `fk_stock_item`, DROP FOREIGN KEY `fk_stock_warehouse`;
DROP TABLE `stock`;
DROP TABLE `items`;
DROP TABLE `warehouses`;
