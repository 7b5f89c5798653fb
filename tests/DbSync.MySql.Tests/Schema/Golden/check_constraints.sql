-- changes:
--   drop check constraint on prices: `amount` >= 0
--   add check constraint on prices: `amount` >= 0 and `amount` < 1000000

-- upgrade:
ALTER TABLE `prices`
    DROP CONSTRAINT `ck_amount`,
    ADD CONSTRAINT `ck_amount_range` CHECK (`amount` >= 0 and `amount` < 1000000);

-- downgrade:
ALTER TABLE `prices`
    DROP CONSTRAINT `ck_amount_range`,
    ADD CONSTRAINT `ck_amount` CHECK (`amount` >= 0);
