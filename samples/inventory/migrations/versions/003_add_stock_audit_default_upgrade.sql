-- Keep a trail of every stock change.
CREATE TABLE stock_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    old_quantity INTEGER,
    new_quantity INTEGER NOT NULL,
    direction VARCHAR(8) NOT NULL,
    changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_stock_audit AFTER UPDATE OF quantity ON stock
FOR EACH ROW
BEGIN
    INSERT INTO stock_audit (item_id, warehouse_id, old_quantity, new_quantity, direction)
    VALUES (NEW.item_id, NEW.warehouse_id, OLD.quantity, NEW.quantity,
            CASE WHEN NEW.quantity > OLD.quantity THEN 'in' ELSE 'out' END);
END;
