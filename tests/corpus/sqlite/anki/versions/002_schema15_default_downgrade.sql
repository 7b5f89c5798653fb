-- [corpus: the schema-15 half of Anki's rslib/src/storage/upgrades/schema11_downgrade.sql, split off by hand]
DROP TABLE fields;
DROP TABLE templates;
DROP TABLE notetypes;
DROP TABLE decks;
DROP INDEX idx_cards_odid;
DROP INDEX idx_notes_mid;
UPDATE col
SET ver = 14;
