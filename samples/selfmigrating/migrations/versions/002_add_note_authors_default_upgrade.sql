CREATE TABLE authors (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
ALTER TABLE notes ADD COLUMN author_id INTEGER;
CREATE INDEX ix_notes_author_id ON notes (author_id);
