-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'PRODUCER');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "ProvinceKind" AS ENUM ('CITY', 'PROVINCE');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('NORTH', 'CENTRAL', 'SOUTH');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('COOPERATIVE', 'ENTERPRISE', 'HOUSEHOLD');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "IssuingLevel" AS ENUM ('CENTRAL', 'PROVINCE', 'DISTRICT');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'LIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ReviewTarget" AS ENUM ('PRODUCER', 'PRODUCT', 'PRODUCT_REVISION');

-- CreateEnum
CREATE TYPE "ReviewDecisionKind" AS ENUM ('APPROVE', 'REQUEST_CHANGES', 'REJECT');

-- CreateEnum
CREATE TYPE "ResultSource" AS ENUM ('MANUAL', 'IMPORT');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provinces" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProvinceKind" NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "provinces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "province_aliases" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "former_unit" BOOLEAN NOT NULL DEFAULT false,
    "province_id" INTEGER NOT NULL,

    CONSTRAINT "province_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_groups" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name_vi" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "ocop_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "producers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legal_form" "LegalForm" NOT NULL,
    "tax_code" TEXT,
    "province_id" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "tiktok_handle" TEXT,
    "description" TEXT,
    "logo_url" TEXT,
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'SUBMITTED',
    "review_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "producers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "producer_members" (
    "producer_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "producer_members_pkey" PRIMARY KEY ("producer_id","user_id")
);

-- CreateTable
CREATE TABLE "products" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "producer_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "group_id" INTEGER NOT NULL,
    "description" TEXT,
    "price_vnd" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "weight_grams" INTEGER,
    "shelf_life_days" INTEGER,
    "fragile" BOOLEAN NOT NULL DEFAULT false,
    "packaging_notes" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "review_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_images" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "product_images_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_revisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "data" JSONB NOT NULL,
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'SUBMITTED',
    "review_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "product_id" UUID NOT NULL,
    "stars" INTEGER NOT NULL,
    "decision_number" TEXT NOT NULL,
    "issuing_level" "IssuingLevel" NOT NULL,
    "decision_date" DATE NOT NULL,
    "expires_on" DATE NOT NULL,
    "scan_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hosts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "tiktok_handle" TEXT NOT NULL,
    "mcn" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hosts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channels" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "tiktok_handle" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "host_id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'DRAFT',
    "live_url" TEXT,
    "theme_province_id" INTEGER,
    "theme_group_id" INTEGER,
    "theme_proud_vietnamese" BOOLEAN NOT NULL DEFAULT false,
    "theme_destination" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "live_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_products" (
    "session_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "session_products_pkey" PRIMARY KEY ("session_id","product_id")
);

-- CreateTable
CREATE TABLE "session_applications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "producer_id" UUID NOT NULL,
    "saturday" DATE NOT NULL,
    "preferred_time" TEXT,
    "note" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "session_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_products" (
    "application_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,

    CONSTRAINT "application_products_pkey" PRIMARY KEY ("application_id","product_id")
);

-- CreateTable
CREATE TABLE "session_results" (
    "session_id" UUID NOT NULL,
    "viewers" INTEGER NOT NULL,
    "peak_viewers" INTEGER NOT NULL,
    "duration_minutes" INTEGER,
    "new_followers" INTEGER,
    "source" "ResultSource" NOT NULL DEFAULT 'MANUAL',
    "import_id" UUID,
    "entered_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_results_pkey" PRIMARY KEY ("session_id")
);

-- CreateTable
CREATE TABLE "product_results" (
    "session_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "orders" INTEGER NOT NULL,
    "units_sold" INTEGER NOT NULL,
    "gmv_vnd" BIGINT NOT NULL,
    "note" TEXT,
    "source" "ResultSource" NOT NULL DEFAULT 'MANUAL',
    "import_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_results_pkey" PRIMARY KEY ("session_id","product_id")
);

-- CreateTable
CREATE TABLE "result_imports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "file_name" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_count" INTEGER NOT NULL,
    "updated_count" INTEGER NOT NULL,
    "imported_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "result_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_decisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "target" "ReviewTarget" NOT NULL,
    "producer_id" UUID,
    "product_id" UUID,
    "revision_id" UUID,
    "decision" "ReviewDecisionKind" NOT NULL,
    "reason" TEXT,
    "reviewer_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_outbox" (
    "id" BIGSERIAL NOT NULL,
    "notification_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_role_status_idx" ON "users"("role", "status");

-- CreateIndex
CREATE INDEX "sign_in_attempts_email_created_at_idx" ON "sign_in_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempts_ip_created_at_idx" ON "sign_in_attempts"("ip", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "provinces_slug_key" ON "provinces"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "provinces_name_key" ON "provinces"("name");

-- CreateIndex
CREATE UNIQUE INDEX "province_aliases_key_key" ON "province_aliases"("key");

-- CreateIndex
CREATE INDEX "province_aliases_province_id_idx" ON "province_aliases"("province_id");

-- CreateIndex
CREATE UNIQUE INDEX "ocop_groups_slug_key" ON "ocop_groups"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "producers_slug_key" ON "producers"("slug");

-- CreateIndex
CREATE INDEX "producers_province_id_review_status_idx" ON "producers"("province_id", "review_status");

-- CreateIndex
CREATE INDEX "producers_review_status_created_at_idx" ON "producers"("review_status", "created_at");

-- CreateIndex
CREATE INDEX "producer_members_user_id_idx" ON "producer_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "products_slug_key" ON "products"("slug");

-- CreateIndex
CREATE INDEX "products_producer_id_review_status_idx" ON "products"("producer_id", "review_status");

-- CreateIndex
CREATE INDEX "products_group_id_review_status_idx" ON "products"("group_id", "review_status");

-- CreateIndex
CREATE INDEX "products_review_status_submitted_at_idx" ON "products"("review_status", "submitted_at");

-- CreateIndex
CREATE INDEX "product_images_product_id_position_idx" ON "product_images"("product_id", "position");

-- CreateIndex
CREATE INDEX "product_revisions_product_id_review_status_idx" ON "product_revisions"("product_id", "review_status");

-- CreateIndex
CREATE INDEX "certificates_product_id_decision_date_idx" ON "certificates"("product_id", "decision_date" DESC);

-- CreateIndex
CREATE INDEX "certificates_expires_on_idx" ON "certificates"("expires_on");

-- CreateIndex
CREATE UNIQUE INDEX "hosts_tiktok_handle_key" ON "hosts"("tiktok_handle");

-- CreateIndex
CREATE UNIQUE INDEX "channels_tiktok_handle_key" ON "channels"("tiktok_handle");

-- CreateIndex
CREATE INDEX "live_sessions_starts_at_status_idx" ON "live_sessions"("starts_at", "status");

-- CreateIndex
CREATE INDEX "live_sessions_host_id_starts_at_idx" ON "live_sessions"("host_id", "starts_at");

-- CreateIndex
CREATE INDEX "live_sessions_channel_id_starts_at_idx" ON "live_sessions"("channel_id", "starts_at");

-- CreateIndex
CREATE INDEX "session_products_product_id_idx" ON "session_products"("product_id");

-- CreateIndex
CREATE INDEX "session_applications_saturday_status_idx" ON "session_applications"("saturday", "status");

-- CreateIndex
CREATE INDEX "session_applications_producer_id_created_at_idx" ON "session_applications"("producer_id", "created_at");

-- CreateIndex
CREATE INDEX "product_results_product_id_idx" ON "product_results"("product_id");

-- CreateIndex
CREATE INDEX "result_imports_sha256_idx" ON "result_imports"("sha256");

-- CreateIndex
CREATE INDEX "review_decisions_producer_id_created_at_idx" ON "review_decisions"("producer_id", "created_at");

-- CreateIndex
CREATE INDEX "review_decisions_product_id_created_at_idx" ON "review_decisions"("product_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_created_at_idx" ON "audit_log"("entity_type", "entity_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_created_at_idx" ON "notifications"("user_id", "read_at", "created_at");

-- CreateIndex
CREATE INDEX "notification_outbox_status_created_at_idx" ON "notification_outbox"("status", "created_at");

-- AddForeignKey
ALTER TABLE "province_aliases" ADD CONSTRAINT "province_aliases_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producers" ADD CONSTRAINT "producers_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "provinces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producer_members" ADD CONSTRAINT "producer_members_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "producer_members" ADD CONSTRAINT "producer_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "ocop_groups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_revisions" ADD CONSTRAINT "product_revisions_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "hosts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_theme_province_id_fkey" FOREIGN KEY ("theme_province_id") REFERENCES "provinces"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_theme_group_id_fkey" FOREIGN KEY ("theme_group_id") REFERENCES "ocop_groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_products" ADD CONSTRAINT "session_products_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_products" ADD CONSTRAINT "session_products_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_applications" ADD CONSTRAINT "session_applications_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_applications" ADD CONSTRAINT "session_applications_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_applications" ADD CONSTRAINT "session_applications_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_products" ADD CONSTRAINT "application_products_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "session_applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_products" ADD CONSTRAINT "application_products_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_results" ADD CONSTRAINT "session_results_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_results" ADD CONSTRAINT "session_results_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "result_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_results" ADD CONSTRAINT "session_results_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_results" ADD CONSTRAINT "product_results_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_results" ADD CONSTRAINT "product_results_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_results" ADD CONSTRAINT "product_results_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "result_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "result_imports" ADD CONSTRAINT "result_imports_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_producer_id_fkey" FOREIGN KEY ("producer_id") REFERENCES "producers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: what the Prisma schema cannot express (docs/decisions/0002-migrations.md).
-- ---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Diacritic- and case-blind form of Vietnamese text, for search ("ca phe" finds "Cà phê").
-- đ/Đ are mapped explicitly: the point of the function is that nobody has to remember it.
CREATE FUNCTION vn_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(input, 'đĐ', 'dD'))) $$;

CREATE INDEX products_name_fold_trgm ON products USING gin (vn_fold(name) gin_trgm_ops);
CREATE INDEX producers_name_fold_trgm ON producers USING gin (vn_fold(name) gin_trgm_ops);
CREATE INDEX live_sessions_title_fold_trgm ON live_sessions USING gin (vn_fold(title) gin_trgm_ops);

-- A host, and a channel, is never in two overlapping sessions that still count.
-- '[)' ranges make back-to-back sessions (one ends at 9:00, the next starts at 9:00) legal.
ALTER TABLE live_sessions
  ADD CONSTRAINT live_sessions_time_order CHECK (ends_at > starts_at),
  ADD CONSTRAINT live_sessions_host_no_overlap
    EXCLUDE USING gist (host_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status <> 'CANCELLED'),
  ADD CONSTRAINT live_sessions_channel_no_overlap
    EXCLUDE USING gist (channel_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status <> 'CANCELLED');

ALTER TABLE certificates
  ADD CONSTRAINT certificates_stars_certified CHECK (stars BETWEEN 3 AND 5),
  ADD CONSTRAINT certificates_expiry_after_decision CHECK (expires_on > decision_date);

ALTER TABLE products
  ADD CONSTRAINT products_price_non_negative CHECK (price_vnd >= 0),
  ADD CONSTRAINT products_weight_positive CHECK (weight_grams IS NULL OR weight_grams > 0),
  ADD CONSTRAINT products_shelf_life_positive CHECK (shelf_life_days IS NULL OR shelf_life_days > 0);

ALTER TABLE session_results
  ADD CONSTRAINT session_results_non_negative CHECK (
    viewers >= 0 AND peak_viewers >= 0 AND peak_viewers <= viewers
    AND coalesce(duration_minutes, 0) >= 0 AND coalesce(new_followers, 0) >= 0);

ALTER TABLE product_results
  ADD CONSTRAINT product_results_non_negative CHECK (orders >= 0 AND units_sold >= 0 AND gmv_vnd >= 0);

ALTER TABLE review_decisions
  ADD CONSTRAINT review_decisions_reason_required
    CHECK (decision = 'APPROVE' OR length(btrim(coalesce(reason, ''))) > 0),
  ADD CONSTRAINT review_decisions_one_target CHECK (
    (target = 'PRODUCER' AND producer_id IS NOT NULL AND product_id IS NULL)
    OR (target IN ('PRODUCT', 'PRODUCT_REVISION') AND product_id IS NOT NULL));

-- The audit trail is append-only, whoever connects.
CREATE FUNCTION audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
