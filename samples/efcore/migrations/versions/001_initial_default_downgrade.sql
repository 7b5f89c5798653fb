-- initial
--
-- Revision 001: downgrade, undoing the upgrade of the same revision. Created 2026-12-02 09:57:42 UTC by 'dotnet dbsync revision'.
-- Undoes:
--   add table Customers
--   add table OrderLine
--   add table Orders
--   add table Products
--   add table ProductTag
--   add table Tags

-- This runs inside DbSync's transaction for the version, where PRAGMA foreign_keys cannot be switched off: foreign
-- keys are checked at COMMIT instead (defer_foreign_keys), tables an ON DELETE action would change are rebuilt
-- with their parent, and no table is renamed, so triggers and views naming a rebuilt table keep working.
PRAGMA defer_foreign_keys = ON;

DROP TABLE OrderLine;
DROP TABLE Orders;
DROP TABLE Customers;
DROP TABLE ProductTag;
DROP TABLE Products;
DROP TABLE Tags;
