-- [corpus: hand-written downgrade]
DROP TABLE ofMucRoomRetiree;
ALTER TABLE ofMucRoom DROP COLUMN retireOnDeletion;

UPDATE ofVersion SET version = 35 WHERE name = 'openfire';
