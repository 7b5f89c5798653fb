-- [corpus: each statement with Strawberry's %allsongstables placeholder is repeated for every songs table present
--  before the script runs (songs, subsonic_songs, tidal_artists_songs, tidal_albums_songs, tidal_songs, qobuz_artists_songs, qobuz_albums_songs, qobuz_songs, spotify_artists_songs, spotify_albums_songs, spotify_songs), as src/core/database.cpp ExecSchemaCommands/ExecSongTablesCommands does]
DROP INDEX IF EXISTS idx_albumartistsort;

DROP INDEX IF EXISTS idx_albumsort;

DROP INDEX IF EXISTS idx_artistsort;

DROP INDEX IF EXISTS idx_composersort;

DROP INDEX IF EXISTS idx_performersort;

DROP INDEX IF EXISTS idx_titlesort;

ALTER TABLE songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE subsonic_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE tidal_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE qobuz_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE spotify_songs ADD COLUMN albumartistsort TEXT;

ALTER TABLE songs ADD COLUMN albumsort TEXT;

ALTER TABLE subsonic_songs ADD COLUMN albumsort TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN albumsort TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN albumsort TEXT;

ALTER TABLE tidal_songs ADD COLUMN albumsort TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN albumsort TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN albumsort TEXT;

ALTER TABLE qobuz_songs ADD COLUMN albumsort TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN albumsort TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN albumsort TEXT;

ALTER TABLE spotify_songs ADD COLUMN albumsort TEXT;

ALTER TABLE songs ADD COLUMN artistsort TEXT;

ALTER TABLE subsonic_songs ADD COLUMN artistsort TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN artistsort TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN artistsort TEXT;

ALTER TABLE tidal_songs ADD COLUMN artistsort TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN artistsort TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN artistsort TEXT;

ALTER TABLE qobuz_songs ADD COLUMN artistsort TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN artistsort TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN artistsort TEXT;

ALTER TABLE spotify_songs ADD COLUMN artistsort TEXT;

ALTER TABLE songs ADD COLUMN composersort TEXT;

ALTER TABLE subsonic_songs ADD COLUMN composersort TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN composersort TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN composersort TEXT;

ALTER TABLE tidal_songs ADD COLUMN composersort TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN composersort TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN composersort TEXT;

ALTER TABLE qobuz_songs ADD COLUMN composersort TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN composersort TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN composersort TEXT;

ALTER TABLE spotify_songs ADD COLUMN composersort TEXT;

ALTER TABLE songs ADD COLUMN performersort TEXT;

ALTER TABLE subsonic_songs ADD COLUMN performersort TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN performersort TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN performersort TEXT;

ALTER TABLE tidal_songs ADD COLUMN performersort TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN performersort TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN performersort TEXT;

ALTER TABLE qobuz_songs ADD COLUMN performersort TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN performersort TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN performersort TEXT;

ALTER TABLE spotify_songs ADD COLUMN performersort TEXT;

ALTER TABLE songs ADD COLUMN titlesort TEXT;

ALTER TABLE subsonic_songs ADD COLUMN titlesort TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN titlesort TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN titlesort TEXT;

ALTER TABLE tidal_songs ADD COLUMN titlesort TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN titlesort TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN titlesort TEXT;

ALTER TABLE qobuz_songs ADD COLUMN titlesort TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN titlesort TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN titlesort TEXT;

ALTER TABLE spotify_songs ADD COLUMN titlesort TEXT;

ALTER TABLE songs ADD COLUMN bpm REAL;

ALTER TABLE subsonic_songs ADD COLUMN bpm REAL;

ALTER TABLE tidal_artists_songs ADD COLUMN bpm REAL;

ALTER TABLE tidal_albums_songs ADD COLUMN bpm REAL;

ALTER TABLE tidal_songs ADD COLUMN bpm REAL;

ALTER TABLE qobuz_artists_songs ADD COLUMN bpm REAL;

ALTER TABLE qobuz_albums_songs ADD COLUMN bpm REAL;

ALTER TABLE qobuz_songs ADD COLUMN bpm REAL;

ALTER TABLE spotify_artists_songs ADD COLUMN bpm REAL;

ALTER TABLE spotify_albums_songs ADD COLUMN bpm REAL;

ALTER TABLE spotify_songs ADD COLUMN bpm REAL;

ALTER TABLE songs ADD COLUMN mood TEXT;

ALTER TABLE subsonic_songs ADD COLUMN mood TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN mood TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN mood TEXT;

ALTER TABLE tidal_songs ADD COLUMN mood TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN mood TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN mood TEXT;

ALTER TABLE qobuz_songs ADD COLUMN mood TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN mood TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN mood TEXT;

ALTER TABLE spotify_songs ADD COLUMN mood TEXT;

ALTER TABLE songs ADD COLUMN initial_key TEXT;

ALTER TABLE subsonic_songs ADD COLUMN initial_key TEXT;

ALTER TABLE tidal_artists_songs ADD COLUMN initial_key TEXT;

ALTER TABLE tidal_albums_songs ADD COLUMN initial_key TEXT;

ALTER TABLE tidal_songs ADD COLUMN initial_key TEXT;

ALTER TABLE qobuz_artists_songs ADD COLUMN initial_key TEXT;

ALTER TABLE qobuz_albums_songs ADD COLUMN initial_key TEXT;

ALTER TABLE qobuz_songs ADD COLUMN initial_key TEXT;

ALTER TABLE spotify_artists_songs ADD COLUMN initial_key TEXT;

ALTER TABLE spotify_albums_songs ADD COLUMN initial_key TEXT;

ALTER TABLE spotify_songs ADD COLUMN initial_key TEXT;

CREATE INDEX IF NOT EXISTS idx_albumartistsort ON songs (albumartistsort);

CREATE INDEX IF NOT EXISTS idx_albumsort ON songs (album);

CREATE INDEX IF NOT EXISTS idx_artistsort ON songs (artistsort);

CREATE INDEX IF NOT EXISTS idx_composersort ON songs (title);

CREATE INDEX IF NOT EXISTS idx_performersort ON songs (title);

CREATE INDEX IF NOT EXISTS idx_titlesort ON songs (title);

UPDATE schema_version SET version=21;
