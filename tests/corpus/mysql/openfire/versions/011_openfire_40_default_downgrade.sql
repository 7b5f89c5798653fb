-- [corpus: hand-written downgrade; puts the SCRAM columns back where schema 39 had them and copies the SHA-1 credentials back]
ALTER TABLE ofUser ADD COLUMN storedKey VARCHAR(32) AFTER username;
ALTER TABLE ofUser ADD COLUMN serverKey VARCHAR(32) AFTER storedKey;
ALTER TABLE ofUser ADD COLUMN salt VARCHAR(32) AFTER serverKey;
ALTER TABLE ofUser ADD COLUMN iterations INTEGER AFTER salt;

UPDATE ofUser u JOIN ofUserScram s ON s.username = u.username AND s.mechanism = 'SCRAM-SHA-1'
   SET u.storedKey = s.storedKey, u.serverKey = s.serverKey, u.salt = s.salt, u.iterations = s.iterations;

UPDATE ofVersion SET version = 39 WHERE name = 'openfire';
