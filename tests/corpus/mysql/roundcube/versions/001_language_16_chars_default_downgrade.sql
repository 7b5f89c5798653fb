ALTER TABLE `users` MODIFY `language` varchar(5);
ALTER TABLE `dictionary` MODIFY `language` varchar(5) NOT NULL;
