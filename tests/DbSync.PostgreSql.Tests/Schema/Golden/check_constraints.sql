-- changes:
--   drop check constraint on prices: (amount >= (0)::numeric)
--   add check constraint on prices: ((amount >= (0)::numeric) AND (amount < (1000000)::numeric))

-- upgrade:
ALTER TABLE prices
    DROP CONSTRAINT ck_amount,
    ADD CONSTRAINT ck_amount_range CHECK (((amount >= (0)::numeric) AND (amount < (1000000)::numeric)));

-- downgrade:
ALTER TABLE prices
    DROP CONSTRAINT ck_amount_range,
    ADD CONSTRAINT ck_amount CHECK ((amount >= (0)::numeric));
