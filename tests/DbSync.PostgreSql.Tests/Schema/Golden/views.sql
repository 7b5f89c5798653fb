-- changes:
--   drop view named
--   add view named
--   add view skus

-- upgrade:
DROP VIEW named_count;
DROP VIEW named;

CREATE VIEW named AS
SELECT items.id,
    items.sku,
    items.name
   FROM items
  WHERE items.name IS NOT NULL;

CREATE VIEW named_count AS
SELECT count(*) AS n
   FROM named;

CREATE VIEW skus WITH (security_barrier=true) AS
SELECT items.sku
   FROM items;

-- downgrade:
DROP VIEW skus;
DROP VIEW named_count;
DROP VIEW named;

CREATE VIEW named AS
SELECT items.id,
    items.name
   FROM items
  WHERE items.name IS NOT NULL;

CREATE VIEW named_count AS
SELECT count(*) AS n
   FROM named;
