DROP TABLE sso_nonce;
