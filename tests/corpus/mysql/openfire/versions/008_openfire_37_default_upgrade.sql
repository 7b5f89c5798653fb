DROP TABLE ofSASLAuthorized;

UPDATE ofVersion SET version = 37 WHERE name = 'openfire';
