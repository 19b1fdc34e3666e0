-- The staged lines of a previewed results file and the staged rows of a previewed order export:
-- a file's lines go in together and out together, so they are found by the file alone. The key
-- (sha256, line) and the index on staged_at cost half of staging 200,000 rows (0.74 → 0.36 s);
-- an index on sha256 alone is deduplicated (one entry per file) and cheap. Old stagings are
-- found by their plan (orders) or by a scan of what is, at most, a day of previews (results).

-- DropIndex
DROP INDEX "import_staged_lines_staged_at_idx";

-- DropIndex
DROP INDEX "order_staged_rows_staged_at_idx";

-- AlterTable
ALTER TABLE "import_staged_lines" DROP CONSTRAINT "import_staged_lines_pkey";

-- AlterTable
ALTER TABLE "order_staged_rows" DROP CONSTRAINT "order_staged_rows_pkey";

-- CreateIndex
CREATE INDEX "import_staged_lines_sha256_idx" ON "import_staged_lines"("sha256");

-- CreateIndex
CREATE INDEX "order_staged_rows_sha256_idx" ON "order_staged_rows"("sha256");
