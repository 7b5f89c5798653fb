ALTER TABLE users_organizations DROP COLUMN invited_by_email;
