-- changes:
--   alter column items.name: type varchar(200) -> varchar(250), NULL -> NOT NULL, default none -> 'unnamed'

-- upgrade:
UPDATE `items` SET `name` = 'unnamed' WHERE `name` IS NULL;
ALTER TABLE `items`
    MODIFY COLUMN `name` varchar(250) NOT NULL DEFAULT 'unnamed';

-- downgrade:
ALTER TABLE `items`
    MODIFY COLUMN `name` varchar(200) NULL;
