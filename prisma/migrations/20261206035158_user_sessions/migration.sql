-- Sessions that can be ended (docs/decisions/0011-sessions-and-proxies.md).
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one pending application per producer and Saturday: the action's check runs before its
-- insert, and two requests at once could both pass it. (Hand-written: Prisma cannot express a
-- partial unique index.)
CREATE UNIQUE INDEX "session_applications_one_pending" ON "session_applications"("producer_id", "saturday") WHERE "status" = 'PENDING';

-- A pending product revision has a version of its own: a producer's edit moves it on, and a
-- reviewer's decision names the version they saw (it was approved unseen before).
ALTER TABLE "product_revisions" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
