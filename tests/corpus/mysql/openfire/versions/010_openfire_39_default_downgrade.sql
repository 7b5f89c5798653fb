-- [corpus: hand-written downgrade]
DROP TABLE ofUserScram;

UPDATE ofVersion SET version = 38 WHERE name = 'openfire';
