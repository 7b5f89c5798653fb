-- changes:
--   add column Order.select text
--   add column Order.Total numeric(12,2)
--   add index IX Order on Order (Total)

-- upgrade:
ALTER TABLE "Order"
    ADD COLUMN "select" text,
    ADD COLUMN "Total" numeric(12,2);

CREATE INDEX "IX Order" ON "Order" ("Total");

-- downgrade:
DROP INDEX "IX Order";

ALTER TABLE "Order"
    DROP COLUMN "Total",
    DROP COLUMN "select";
