-- Search and name lookups match on the diacritic- and case-blind form of names (vn_fold). It was
-- computed on every row a query looked at — twice or three times per row (filter, rank, order),
-- and unaccent is not cheap: a search over the demo data spent 7 ms of PostgreSQL's time per
-- request, most of it folding the same names again. PostgreSQL now keeps the folded form beside
-- each name (a stored generated column: it cannot go stale, the client never writes it), and the
-- trigram indexes are on those columns.

ALTER TABLE "products" ADD COLUMN "name_fold" text GENERATED ALWAYS AS (vn_fold("name")) STORED;
ALTER TABLE "producers" ADD COLUMN "name_fold" text GENERATED ALWAYS AS (vn_fold("name")) STORED;
ALTER TABLE "live_sessions" ADD COLUMN "title_fold" text GENERATED ALWAYS AS (vn_fold("title")) STORED;
ALTER TABLE "hosts" ADD COLUMN "name_fold" text GENERATED ALWAYS AS (vn_fold("name")) STORED;

DROP INDEX "products_name_fold_trgm";
DROP INDEX "producers_name_fold_trgm";
DROP INDEX "live_sessions_title_fold_trgm";
CREATE INDEX "products_name_fold_trgm" ON "products" USING gin ("name_fold" gin_trgm_ops);
CREATE INDEX "producers_name_fold_trgm" ON "producers" USING gin ("name_fold" gin_trgm_ops);
CREATE INDEX "live_sessions_title_fold_trgm" ON "live_sessions" USING gin ("title_fold" gin_trgm_ops);
