-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('UNPAID', 'AWAITING_SHIPMENT', 'AWAITING_COLLECTION', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "ResultSource" ADD VALUE 'ORDERS';

-- AlterTable
ALTER TABLE "product_results" ADD COLUMN     "cancelled_vnd" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "damage_vnd" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "refunded_vnd" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "tiktok_product_id" TEXT;

-- CreateTable
CREATE TABLE "product_skus" (
    "producer_id" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "product_id" UUID NOT NULL,

    CONSTRAINT "product_skus_pkey" PRIMARY KEY ("producer_id","value")
);

-- CreateTable
CREATE TABLE "order_imports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "producer_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_count" INTEGER NOT NULL,
    "updated_count" INTEGER NOT NULL,
    "imported_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_lines" (
    "order_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "producer_id" UUID NOT NULL,
    "seller_sku" TEXT,
    "product_name" TEXT NOT NULL,
    "variation" TEXT,
    "product_id" UUID,
    "session_id" UUID,
    "status" "OrderStatus" NOT NULL,
    "substatus" TEXT,
    "cancel_return_type" TEXT,
    "reason" TEXT,
    "quantity" INTEGER NOT NULL,
    "returned_quantity" INTEGER NOT NULL,
    "unit_price_vnd" BIGINT NOT NULL,
    "subtotal_vnd" BIGINT NOT NULL,
    "order_amount_vnd" BIGINT NOT NULL,
    "order_refund_vnd" BIGINT NOT NULL,
    "created_time" TIMESTAMPTZ(3) NOT NULL,
    "paid_time" TIMESTAMPTZ(3),
    "gross_vnd" BIGINT NOT NULL,
    "cancelled_vnd" BIGINT NOT NULL,
    "refunded_vnd" BIGINT NOT NULL,
    "damage" BOOLEAN NOT NULL DEFAULT false,
    "import_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_lines_pkey" PRIMARY KEY ("order_id","sku_id")
);

-- CreateIndex
CREATE INDEX "product_skus_product_id_idx" ON "product_skus"("product_id");

-- CreateIndex
CREATE INDEX "order_imports_producer_id_created_at_idx" ON "order_imports"("producer_id", "created_at");

-- CreateIndex
CREATE INDEX "order_lines_producer_id_paid_time_idx" ON "order_lines"("producer_id", "paid_time");

-- CreateIndex
CREATE INDEX "order_lines_session_id_product_id_idx" ON "order_lines"("session_id", "product_id");

-- CreateIndex
CREATE INDEX "order_lines_product_id_idx" ON "order_lines"("product_id");

-- AddForeignKey
ALTER TABLE "product_skus" ADD CONSTRAINT "product_skus_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_skus" ADD CONSTRAINT "product_skus_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_imports" ADD CONSTRAINT "order_imports_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_imports" ADD CONSTRAINT "order_imports_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "order_imports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the database keeps (hand-written).
ALTER TABLE "product_skus" ADD CONSTRAINT "product_skus_value_check" CHECK (length(btrim(value)) BETWEEN 1 AND 64);
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_amounts_check" CHECK (
  quantity >= 0 AND returned_quantity >= 0 AND unit_price_vnd >= 0 AND subtotal_vnd >= 0 AND order_amount_vnd >= 0
  AND order_refund_vnd >= 0 AND gross_vnd >= 0 AND cancelled_vnd BETWEEN 0 AND gross_vnd AND refunded_vnd BETWEEN 0 AND gross_vnd - cancelled_vnd);
ALTER TABLE "product_results" ADD CONSTRAINT "product_results_net_check" CHECK (
  cancelled_vnd >= 0 AND refunded_vnd >= 0 AND damage_vnd BETWEEN 0 AND refunded_vnd AND cancelled_vnd + refunded_vnd <= gmv_vnd);
-- Outside-session lines of a producer by paid time ("sales outside sessions"), and a session's lines.
CREATE INDEX "order_lines_outside_idx" ON "order_lines" ("producer_id", "paid_time") WHERE session_id IS NULL;
