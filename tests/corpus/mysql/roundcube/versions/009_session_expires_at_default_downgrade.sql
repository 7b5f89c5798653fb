UPDATE `session` SET `expires_at` = SUBTIME(`expires_at`, '00:10:00');
ALTER TABLE `session` DROP INDEX `expires_at_index`;
ALTER TABLE `session` ADD INDEX `changed_index` (`expires_at`);
ALTER TABLE `session` CHANGE COLUMN `expires_at` `changed` datetime NOT NULL DEFAULT '1000-01-01 00:00:00';
