-- changes:
--   add column items.weight double precision
--   add column items.category character varying(32) NOT NULL DEFAULT 'general'::character varying
--   add column items.created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP

-- upgrade:
ALTER TABLE items
    ADD COLUMN weight double precision,
    ADD COLUMN category character varying(32) NOT NULL DEFAULT 'general'::character varying,
    ADD COLUMN created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- downgrade:
ALTER TABLE items
    DROP COLUMN created_at,
    DROP COLUMN category,
    DROP COLUMN weight;
