-- [corpus: "COLLATE unicase" replaced by "COLLATE NOCASE" (2 place(s)): unicase is a collation Anki registers in its
--  own SQLite connection (rslib/src/storage/sqlite.rs); the plain sqlite3 client does not have it]
CREATE TABLE deck_config (
  id integer PRIMARY KEY NOT NULL,
  name text NOT NULL COLLATE NOCASE,
  mtime_secs integer NOT NULL,
  usn integer NOT NULL,
  config blob NOT NULL
);
CREATE TABLE config (
  KEY text NOT NULL PRIMARY KEY,
  usn integer NOT NULL,
  mtime_secs integer NOT NULL,
  val blob NOT NULL
) without rowid;
CREATE TABLE tags (
  tag text NOT NULL PRIMARY KEY COLLATE NOCASE,
  usn integer NOT NULL
) without rowid;
UPDATE col
SET ver = 14;