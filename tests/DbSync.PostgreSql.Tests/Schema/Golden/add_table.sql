-- changes:
--   add table ports

-- upgrade:
CREATE TABLE ports (
    id serial NOT NULL,
    item_id integer NOT NULL,
    code character varying(16) NOT NULL,
    tags text[],
    seen timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT ports_pkey PRIMARY KEY (id),
    CONSTRAINT ports_code_key UNIQUE (code),
    CONSTRAINT ck_ports_code CHECK ((length((code)::text) > 1))
);

ALTER TABLE ports ADD CONSTRAINT ports_item_id_fkey FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE;

-- downgrade:
DROP TABLE ports;
