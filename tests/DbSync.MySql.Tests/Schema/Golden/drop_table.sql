-- changes:
--   drop table notes

-- upgrade:
DROP TABLE `notes`;

-- downgrade:
CREATE TABLE `notes` (
    `id` int(11) NOT NULL,
    `body` text NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
