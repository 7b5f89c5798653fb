-- changes:
--   drop trigger trg_items_insert on items
--   add trigger trg_items_insert on items

-- upgrade:
DROP TRIGGER `trg_items_insert`;

DELIMITER $$
CREATE TRIGGER `trg_items_insert` AFTER INSERT ON `items` FOR EACH ROW BEGIN
    INSERT INTO log VALUES (CONCAT('inserted ', NEW.sku));
    INSERT INTO log VALUES ('done');
END$$
DELIMITER ;

-- downgrade:
DROP TRIGGER `trg_items_insert`;

CREATE TRIGGER `trg_items_insert` AFTER INSERT ON `items` FOR EACH ROW INSERT INTO log VALUES ('insert');
