-- PostgreSQL names the table in DROP TRIGGER; the function goes with it.
DROP TRIGGER trg_stock_audit ON stock;
DROP FUNCTION stock_audit_row();
DROP TABLE stock_audit;
