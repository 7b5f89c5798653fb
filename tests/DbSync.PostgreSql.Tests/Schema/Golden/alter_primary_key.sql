-- changes:
--   alter primary key of stock: (item_id) -> (item_id, warehouse_id)

-- upgrade:
ALTER TABLE stock
    DROP CONSTRAINT stock_pkey,
    ADD CONSTRAINT stock_pkey PRIMARY KEY (item_id, warehouse_id);

-- downgrade:
ALTER TABLE stock
    DROP CONSTRAINT stock_pkey,
    ADD CONSTRAINT stock_pkey PRIMARY KEY (item_id);
