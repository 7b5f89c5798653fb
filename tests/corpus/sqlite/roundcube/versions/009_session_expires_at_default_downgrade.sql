UPDATE session SET expires_at = DATETIME(expires_at, '-10 minutes');
DROP INDEX ix_session_expires_at;
ALTER TABLE session RENAME COLUMN expires_at TO changed;
CREATE INDEX ix_session_changed ON session (changed);
