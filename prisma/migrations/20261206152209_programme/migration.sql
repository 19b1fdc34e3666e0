-- CreateEnum
CREATE TYPE "WorkshopTopic" AS ENUM ('SHORT_VIDEO', 'LIVESTREAM', 'ADS', 'PACKAGING', 'OTHER');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'ATTENDED', 'ABSENT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PackagingStatus" AS ENUM ('NONE', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED');

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "packaging_status" "PackagingStatus" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "workshops" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "topic" "WorkshopTopic" NOT NULL,
    "description" TEXT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "online_url" TEXT,
    "capacity" INTEGER NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "workshops_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workshop_enrolments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "producer_id" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ENROLLED',
    "enrolled_by_id" UUID NOT NULL,
    "reminded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "workshop_enrolments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packaging_checks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "cushioning" BOOLEAN NOT NULL,
    "box_strength" BOOLEAN NOT NULL,
    "fragile_label" BOOLEAN NOT NULL,
    "photo_url" TEXT NOT NULL,
    "note" TEXT,
    "status" "PackagingStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reason" TEXT,
    "submitted_by_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "packaging_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "workshops_starts_at_idx" ON "workshops"("starts_at");

-- CreateIndex
CREATE INDEX "workshop_enrolments_producer_id_idx" ON "workshop_enrolments"("producer_id");

-- CreateIndex
CREATE UNIQUE INDEX "workshop_enrolments_workshop_id_producer_id_key" ON "workshop_enrolments"("workshop_id", "producer_id");

-- CreateIndex
CREATE INDEX "packaging_checks_product_id_created_at_idx" ON "packaging_checks"("product_id", "created_at");

-- CreateIndex
CREATE INDEX "packaging_checks_status_created_at_idx" ON "packaging_checks"("status", "created_at");

-- AddForeignKey
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_enrolments" ADD CONSTRAINT "workshop_enrolments_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_enrolments" ADD CONSTRAINT "workshop_enrolments_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop_enrolments" ADD CONSTRAINT "workshop_enrolments_enrolled_by_id_fkey" FOREIGN KEY ("enrolled_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packaging_checks" ADD CONSTRAINT "packaging_checks_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packaging_checks" ADD CONSTRAINT "packaging_checks_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packaging_checks" ADD CONSTRAINT "packaging_checks_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: the rules the forms check, kept by the database too.
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_times_check" CHECK ("ends_at" > "starts_at"),
  ADD CONSTRAINT "workshops_capacity_check" CHECK ("capacity" BETWEEN 1 AND 1000),
  ADD CONSTRAINT "workshops_where_check" CHECK ("place" IS NOT NULL OR "online_url" IS NOT NULL);
