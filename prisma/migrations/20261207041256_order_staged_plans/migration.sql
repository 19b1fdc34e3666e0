-- Staged rows are now a preview's planned lines (one per order and SKU): those staged before
-- this migration were raw lines, possibly repeated; a file staged then is read again.
DELETE FROM "order_staged_rows";

-- AlterTable
ALTER TABLE "order_staged_rows" ADD COLUMN     "cancelled" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "gross" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "held_paid_time" TIMESTAMPTZ(3),
ADD COLUMN     "held_product_id" UUID,
ADD COLUMN     "held_session_id" UUID,
ADD COLUMN     "known" TEXT,
ADD COLUMN     "product_id" UUID,
ADD COLUMN     "refunded" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "session_id" UUID;

-- (The generator's rebuild of result_days_pkey without its INCLUDE columns left out, as before.)

-- CreateTable
CREATE TABLE "order_staged_plans" (
    "sha256" TEXT NOT NULL,
    "producer_id" UUID NOT NULL,
    "version" BIGINT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "paid_from" TIMESTAMPTZ(3),
    "paid_to" TIMESTAMPTZ(3),
    "summary" JSONB NOT NULL,
    "staged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_staged_plans_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "order_lines_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "order_lines_version_pkey" PRIMARY KEY ("id")
);

-- Written by hand: caches of previews, not data (a lost copy means planning or reading again).
ALTER TABLE "order_staged_plans" SET UNLOGGED;

-- The one row of the order lines' version.
INSERT INTO "order_lines_version" ("id", "version") VALUES (1, 0);
ALTER TABLE "order_lines_version" ADD CONSTRAINT "order_lines_version_one_row" CHECK ("id" = 1);
