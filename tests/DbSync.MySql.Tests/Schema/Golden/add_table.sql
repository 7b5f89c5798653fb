-- changes:
--   add table ports

-- upgrade:
CREATE TABLE `ports` (
    `id` int(11) NOT NULL,
    `item_id` int(11) NOT NULL,
    `code` varchar(16) NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE INDEX `code` (`code`),
    INDEX `fk_ports_item` (`item_id`),
    CONSTRAINT `fk_ports_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT,
    CONSTRAINT `ck_ports_code` CHECK (octet_length(`code`) > 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- downgrade:
DROP TABLE `ports`;
