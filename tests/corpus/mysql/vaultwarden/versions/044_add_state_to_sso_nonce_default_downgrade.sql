-- [corpus: added; Vaultwarden runs its MySQL migrations in a session with this setting, src/db/mod.rs]
SET FOREIGN_KEY_CHECKS = 0;
DROP TABLE IF EXISTS sso_nonce;

CREATE TABLE sso_nonce (
  nonce               CHAR(36) NOT NULL PRIMARY KEY,
  created_at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
