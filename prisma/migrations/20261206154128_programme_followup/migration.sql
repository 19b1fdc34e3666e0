-- CreateEnum
CREATE TYPE "ComplaintSource" AS ENUM ('BUYER', 'HOST', 'PLATFORM_REVIEW', 'ORDER_RETURNS');

-- AlterEnum
ALTER TYPE "PackagingStatus" ADD VALUE 'REOPENED';

-- AlterTable
ALTER TABLE "producers" ADD COLUMN     "publish_growth" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "damage_complaints" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "session_id" UUID,
    "source" "ComplaintSource" NOT NULL,
    "description" TEXT NOT NULL,
    "photo_urls" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "damage_complaints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health_reviews" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "producer_id" UUID NOT NULL,
    "response_time" INTEGER NOT NULL,
    "on_time_shipping" INTEGER NOT NULL,
    "damage_rate" INTEGER NOT NULL,
    "listing_quality" INTEGER NOT NULL,
    "live_performance" INTEGER NOT NULL,
    "guidance" TEXT NOT NULL,
    "reviewed_by_id" UUID NOT NULL,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "health_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cohort_memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "producer_id" UUID NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "join_reason" TEXT NOT NULL,
    "added_by_id" UUID NOT NULL,
    "left_at" TIMESTAMPTZ(3),
    "leave_reason" TEXT,
    "removed_by_id" UUID,

    CONSTRAINT "cohort_memberships_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "damage_complaints_product_id_created_at_idx" ON "damage_complaints"("product_id", "created_at");

-- CreateIndex
CREATE INDEX "health_reviews_producer_id_created_at_idx" ON "health_reviews"("producer_id", "created_at");

-- CreateIndex
CREATE INDEX "cohort_memberships_producer_id_joined_at_idx" ON "cohort_memberships"("producer_id", "joined_at");

-- AddForeignKey
ALTER TABLE "damage_complaints" ADD CONSTRAINT "damage_complaints_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "damage_complaints" ADD CONSTRAINT "damage_complaints_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "damage_complaints" ADD CONSTRAINT "damage_complaints_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_reviews" ADD CONSTRAINT "health_reviews_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_reviews" ADD CONSTRAINT "health_reviews_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_reviews" ADD CONSTRAINT "health_reviews_acknowledged_by_id_fkey" FOREIGN KEY ("acknowledged_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_memberships" ADD CONSTRAINT "cohort_memberships_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_memberships" ADD CONSTRAINT "cohort_memberships_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_memberships" ADD CONSTRAINT "cohort_memberships_removed_by_id_fkey" FOREIGN KEY ("removed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: one open membership per producer (a leave closes it; a return opens a new one),
-- and scores within 1–5.
CREATE UNIQUE INDEX "cohort_memberships_open_key" ON "cohort_memberships"("producer_id") WHERE "left_at" IS NULL;
ALTER TABLE "health_reviews" ADD CONSTRAINT "health_reviews_scores_check" CHECK (
  "response_time" BETWEEN 1 AND 5 AND "on_time_shipping" BETWEEN 1 AND 5 AND "damage_rate" BETWEEN 1 AND 5
  AND "listing_quality" BETWEEN 1 AND 5 AND "live_performance" BETWEEN 1 AND 5);
