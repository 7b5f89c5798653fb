-- [corpus: each statement with Strawberry's %allsongstables placeholder is repeated for every songs table present
--  before the script runs (songs, subsonic_songs, tidal_artists_songs, tidal_albums_songs, tidal_songs, qobuz_artists_songs, qobuz_albums_songs, qobuz_songs), as src/core/database.cpp ExecSchemaCommands/ExecSongTablesCommands does]
DROP TABLE IF EXISTS songs_fts;

DROP TABLE IF EXISTS subsonic_songs_fts;

DROP TABLE IF EXISTS tidal_artists_songs_fts;

DROP TABLE IF EXISTS tidal_albums_songs_fts;

DROP TABLE IF EXISTS tidal_songs_fts;

DROP TABLE IF EXISTS qobuz_artists_songs_fts;

DROP TABLE IF EXISTS qobuz_albums_songs_fts;

DROP TABLE IF EXISTS qobuz_songs_fts;

DROP TABLE IF EXISTS songs_fts;

DROP TABLE IF EXISTS subsonic_songs_fts;

DROP TABLE IF EXISTS tidal_artists_songs_fts;

DROP TABLE IF EXISTS tidal_albums_songs_fts;

DROP TABLE IF EXISTS tidal_songs_fts;

DROP TABLE IF EXISTS qobuz_artists_songs_fts;

DROP TABLE IF EXISTS qobuz_albums_songs_fts;

DROP TABLE IF EXISTS qobuz_songs_fts;

UPDATE schema_version SET version=19;
