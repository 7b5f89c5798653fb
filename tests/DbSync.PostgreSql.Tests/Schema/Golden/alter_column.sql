-- changes:
--   alter column items.name: type text -> character varying(250), NULL -> NOT NULL, default none -> 'unnamed'::character varying

-- upgrade:
UPDATE items SET name = 'unnamed'::character varying WHERE name IS NULL;
ALTER TABLE items
    ALTER COLUMN name SET DEFAULT 'unnamed'::character varying,
    ALTER COLUMN name TYPE character varying(250) USING name::character varying(250),
    ALTER COLUMN name SET NOT NULL;

-- downgrade:
ALTER TABLE items
    ALTER COLUMN name DROP DEFAULT,
    ALTER COLUMN name TYPE text USING name::text,
    ALTER COLUMN name DROP NOT NULL;
