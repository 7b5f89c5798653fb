-- [corpus: "COLLATE unicase" replaced by "COLLATE NOCASE" (1 place(s)): unicase is a collation Anki registers in its
--  own SQLite connection (rslib/src/storage/sqlite.rs); the plain sqlite3 client does not have it]
DROP TABLE tags;
CREATE TABLE tags (
  tag text NOT NULL PRIMARY KEY COLLATE NOCASE,
  usn integer NOT NULL,
  collapsed boolean NOT NULL,
  config blob NULL
) without rowid;
-- [corpus: the statement below is the string literal that rslib/src/storage/upgrades/mod.rs runs after this file]
;
update col set ver = 17
