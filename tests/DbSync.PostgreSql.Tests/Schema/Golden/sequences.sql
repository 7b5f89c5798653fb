-- changes:
--   add sequence numbers
--   alter sequence tickets
--   add table invoices
--   drop sequence old_numbers

-- upgrade:
CREATE SEQUENCE numbers AS integer INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 100 CACHE 1 NO CYCLE;
ALTER SEQUENCE tickets AS bigint INCREMENT BY 10 NO MINVALUE MAXVALUE 1000 START WITH 1 CACHE 1 CYCLE;

CREATE TABLE invoices (
    id integer NOT NULL,
    number integer NOT NULL DEFAULT nextval('numbers'::regclass),
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

DROP SEQUENCE old_numbers;

-- downgrade:
CREATE SEQUENCE old_numbers AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
ALTER SEQUENCE tickets AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
DROP TABLE invoices;

DROP SEQUENCE numbers;
