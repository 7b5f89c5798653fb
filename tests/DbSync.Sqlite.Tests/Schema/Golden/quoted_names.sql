-- changes:
--   add column order.group TEXT
--   add column order.unit price REAL
--   add index ix order group on order (group)

-- upgrade:
ALTER TABLE "order" ADD COLUMN "group" TEXT;
ALTER TABLE "order" ADD COLUMN "unit price" REAL;

CREATE INDEX "ix order group" ON "order" ("group");

-- downgrade:
DROP INDEX "ix order group";
ALTER TABLE "order" DROP COLUMN "unit price";
ALTER TABLE "order" DROP COLUMN "group";
