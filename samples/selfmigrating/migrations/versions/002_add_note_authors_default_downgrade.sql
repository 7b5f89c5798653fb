DROP INDEX ix_notes_author_id;
ALTER TABLE notes DROP COLUMN author_id;
DROP TABLE authors;
