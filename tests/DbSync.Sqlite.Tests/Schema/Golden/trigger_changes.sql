-- changes:
--   drop trigger trg_items_gone on items
--   drop trigger trg_items_insert on items
--   add trigger trg_items_insert on items
--   add trigger trg_items_update on items

-- upgrade:
DROP TRIGGER trg_items_gone;
DROP TRIGGER trg_items_insert;

CREATE TRIGGER trg_items_insert AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('inserted ' || NEW.sku); END;

CREATE TRIGGER trg_items_update AFTER UPDATE ON items BEGIN INSERT INTO log VALUES ('update'); END;

-- downgrade:
DROP TRIGGER trg_items_update;
DROP TRIGGER trg_items_insert;

CREATE TRIGGER trg_items_insert AFTER INSERT ON items BEGIN INSERT INTO log VALUES ('insert'); END;

CREATE TRIGGER trg_items_gone AFTER DELETE ON items BEGIN INSERT INTO log VALUES ('delete'); END;
