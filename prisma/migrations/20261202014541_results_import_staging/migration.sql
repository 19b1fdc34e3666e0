-- CreateTable
CREATE TABLE "import_progress" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "phase" TEXT NOT NULL,
    "done" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_progress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE UNLOGGED TABLE "import_staged_lines" (
    "sha256" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "session_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "orders" INTEGER NOT NULL,
    "units" INTEGER NOT NULL,
    "gmv" BIGINT NOT NULL,
    "viewers" INTEGER,
    "staged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_staged_lines_pkey" PRIMARY KEY ("sha256","line")
);

-- CreateIndex
CREATE INDEX "import_progress_updated_at_idx" ON "import_progress"("updated_at");

-- CreateIndex
CREATE INDEX "import_staged_lines_staged_at_idx" ON "import_staged_lines"("staged_at");


-- Written by hand: a results import rewrites many lines and their rollup rows.
-- Room on each page lets an update stay on its page (a HOT update: no index entries to add).
ALTER TABLE "product_results" SET (fillfactor = 85);
ALTER TABLE "result_rollups" SET (fillfactor = 85);
-- The rollup's rows follow their session through the triggers on product_results (a deleted
-- session deletes its lines, which refreshes the rollup); the foreign key only cost a check per row.
ALTER TABLE "result_rollups" DROP CONSTRAINT "result_rollups_session_fkey";
