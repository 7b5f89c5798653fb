-- [corpus: each statement with Strawberry's %allsongstables placeholder is repeated for every songs table present
--  before the script runs (songs, subsonic_songs, tidal_artists_songs, tidal_albums_songs, tidal_songs, qobuz_artists_songs, qobuz_albums_songs, qobuz_songs), as src/core/database.cpp ExecSchemaCommands/ExecSongTablesCommands does]
ALTER TABLE songs ADD COLUMN fingerprint TEXT;

ALTER TABLE subsonic_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE tidal_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE qobuz_songs ADD COLUMN fingerprint TEXT;

ALTER TABLE songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE subsonic_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE tidal_artists_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE tidal_albums_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE tidal_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE qobuz_artists_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE qobuz_albums_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

ALTER TABLE qobuz_songs ADD COLUMN lastseen INTEGER NOT NULL DEFAULT -1;

UPDATE schema_version SET version=14;
