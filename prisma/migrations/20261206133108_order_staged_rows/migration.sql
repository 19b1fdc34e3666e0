-- CreateTable
CREATE TABLE "order_staged_rows" (
    "sha256" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "order_id" TEXT NOT NULL,
    "sku_id" TEXT NOT NULL,
    "seller_sku" TEXT,
    "product_name" TEXT NOT NULL,
    "variation" TEXT,
    "status" "OrderStatus" NOT NULL,
    "substatus" TEXT,
    "cancel_return_type" TEXT,
    "reason" TEXT,
    "damage" BOOLEAN NOT NULL,
    "quantity" INTEGER NOT NULL,
    "returned_quantity" INTEGER NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "order_amount" BIGINT NOT NULL,
    "order_refund" BIGINT NOT NULL,
    "created_time" TIMESTAMPTZ(3) NOT NULL,
    "paid_time" TIMESTAMPTZ(3),
    "staged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_staged_rows_pkey" PRIMARY KEY ("sha256","line")
);

-- CreateIndex
CREATE INDEX "order_staged_rows_staged_at_idx" ON "order_staged_rows"("staged_at");

-- Written by hand: a cache of previews, not data (see the model's comment).
ALTER TABLE "order_staged_rows" SET UNLOGGED;
