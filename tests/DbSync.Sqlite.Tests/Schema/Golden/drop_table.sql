-- changes:
--   drop table notes

-- upgrade:
DROP TABLE notes;

-- downgrade:
CREATE TABLE notes (
    id INTEGER NOT NULL PRIMARY KEY,
    body TEXT
);
