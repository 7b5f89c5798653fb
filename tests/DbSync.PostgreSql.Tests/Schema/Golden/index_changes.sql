-- changes:
--   drop index ix_name on items
--   drop index ix_old on items
--   add index ix_lower_sku on items (lower(sku::text))
--   add unique index ix_name on items (name DESC) INCLUDE (sku) WHERE name IS NOT NULL

-- upgrade:
DROP INDEX ix_name;
DROP INDEX ix_old;

CREATE INDEX ix_lower_sku ON items ((lower(sku::text)));
CREATE UNIQUE INDEX ix_name ON items (name DESC) INCLUDE (sku) WHERE name IS NOT NULL;

-- downgrade:
DROP INDEX ix_name;
DROP INDEX ix_lower_sku;

CREATE INDEX ix_old ON items (sku, name);
CREATE INDEX ix_name ON items (name);
