-- [corpus: added; Vaultwarden runs its MySQL migrations in a session with this setting, src/db/mod.rs]
SET FOREIGN_KEY_CHECKS = 0;
UPDATE users
SET totp_secret = (
    SELECT twofactor.data FROM twofactor
    WHERE twofactor.type = 0 
    AND twofactor.user_uuid = users.uuid
);

DROP TABLE twofactor;