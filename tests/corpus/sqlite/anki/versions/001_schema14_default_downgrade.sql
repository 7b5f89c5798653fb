-- [corpus: the schema-14 half of Anki's rslib/src/storage/upgrades/schema11_downgrade.sql, split off by hand]
DROP TABLE config;
DROP TABLE deck_config;
DROP TABLE tags;
UPDATE col
SET ver = 11;
