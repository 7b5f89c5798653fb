-- changes:
--   alter primary key of stock: (item_id) -> (item_id, warehouse_id)

-- upgrade:
ALTER TABLE `stock`
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (`item_id`, `warehouse_id`);

-- downgrade:
ALTER TABLE `stock`
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (`item_id`);
