-- [corpus: added; Vaultwarden runs its MySQL migrations in a session with this setting, src/db/mod.rs]
SET FOREIGN_KEY_CHECKS = 0;
ALTER TABLE auth_requests
MODIFY master_password_hash TEXT;

ALTER TABLE auth_requests
MODIFY enc_key TEXT;
