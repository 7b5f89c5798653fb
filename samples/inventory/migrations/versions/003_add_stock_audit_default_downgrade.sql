DROP TRIGGER trg_stock_audit;
DROP TABLE stock_audit;
