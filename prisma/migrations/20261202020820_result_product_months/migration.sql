-- CreateTable
CREATE TABLE "result_product_months" (
    "product_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "producer_id" UUID NOT NULL,
    "group_id" INTEGER NOT NULL,
    "province_id" INTEGER NOT NULL,
    "orders" BIGINT NOT NULL,
    "units" BIGINT NOT NULL,
    "gmv" BIGINT NOT NULL,
    "sessions" INTEGER NOT NULL,

    CONSTRAINT "result_product_months_pkey" PRIMARY KEY ("product_id","month")
);

-- CreateIndex (by hand: covering, so that the ranking reads the index alone, in month order; the
-- name is the one Prisma gives @@index([month]))
CREATE INDEX "result_product_months_month_idx" ON "result_product_months"("month") INCLUDE ("product_id", "orders", "units", "gmv", "sessions", "group_id", "province_id");

-- Written by hand. Recomputes the rows of some products in some months (a NULL month: all of the
-- product's months) from the result lines of sessions that were not cancelled.
CREATE FUNCTION refresh_result_product_months(pids uuid[], months date[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  -- One-shot plans (EXECUTE … USING): the planner sees how many keys there are, where a cached
  -- plan would guess ten and join thousands of keys in nested loops.
  EXECUTE $q$
    DELETE FROM result_product_months t USING (SELECT DISTINCT p, m FROM unnest($1::uuid[], $2::date[]) AS k(p, m)) k
    WHERE t.product_id = k.p AND t.month = k.m
  $q$ USING pids, months;
  IF array_position(months, NULL) IS NOT NULL THEN
    EXECUTE $q$
      DELETE FROM result_product_months WHERE product_id IN (SELECT p FROM unnest($1::uuid[], $2::date[]) AS k(p, m) WHERE m IS NULL)
    $q$ USING pids, months;
  END IF;
  EXECUTE $q$
    WITH k AS (SELECT DISTINCT p, m FROM unnest($1::uuid[], $2::date[]) AS k(p, m)),
    whole AS (SELECT DISTINCT p FROM k WHERE m IS NULL),
    part AS (SELECT p, m FROM k WHERE m IS NOT NULL AND p NOT IN (SELECT p FROM whole))
    INSERT INTO result_product_months (product_id, month, producer_id, group_id, province_id, orders, units, gmv, sessions)
    SELECT l.product_id, l.month, p.producer_id, p.group_id, pr.province_id, sum(l.orders), sum(l.units_sold), sum(l.gmv_vnd), count(*)::int
    FROM (
      -- Some products in some months: the lines of those months' sessions (index on starts_at, then
      -- each session's lines by primary key; the OFFSET 0s keep that order), then only the keys asked for.
      SELECT l.product_id, l.m AS month, l.orders, l.units_sold, l.gmv_vnd
      FROM (
        SELECT r.product_id, mo.m, r.orders, r.units_sold, r.gmv_vnd
        FROM (SELECT DISTINCT m FROM part) mo
        CROSS JOIN LATERAL (SELECT id FROM live_sessions s
                            WHERE s.starts_at >= (mo.m::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
                              AND s.starts_at < ((mo.m + interval '1 month')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
                              AND s.status <> 'CANCELLED' OFFSET 0) s
        CROSS JOIN LATERAL (SELECT * FROM product_results r WHERE r.session_id = s.id OFFSET 0) r
      ) l
      JOIN part ON part.p = l.product_id AND part.m = l.m
      UNION ALL
      -- Whole products: all their lines (index on product_id).
      SELECT r.product_id, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, r.orders, r.units_sold, r.gmv_vnd
      FROM whole
      JOIN product_results r ON r.product_id = whole.p
      JOIN live_sessions s ON s.id = r.session_id AND s.status <> 'CANCELLED'
    ) l
    JOIN products p ON p.id = l.product_id
    JOIN producers pr ON pr.id = p.producer_id
    GROUP BY 1, 2, 3, 4, 5
  $q$ USING pids, months;
END
$fn$;

-- Lines written: their products in their sessions' months. A line whose session is gone (deleted
-- with it) refreshes all of its product's months.
CREATE FUNCTION result_product_months_keys_of(rows_session uuid[], rows_product uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT refresh_result_product_months(array_agg(k.p), array_agg(k.m))
  FROM (SELECT DISTINCT x.p, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS m
        FROM unnest(rows_session, rows_product) AS x(s, p) LEFT JOIN live_sessions s ON s.id = x.s) k
  HAVING count(*) > 0;
$$;

CREATE OR REPLACE FUNCTION result_rollups_on_results() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_result_rollups(ARRAY(SELECT DISTINCT session_id FROM new_rows));
    PERFORM result_product_months_keys_of(ARRAY(SELECT session_id FROM new_rows), ARRAY(SELECT product_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_result_rollups(ARRAY(SELECT session_id FROM new_rows UNION SELECT session_id FROM old_rows));
    PERFORM result_product_months_keys_of(
      ARRAY(SELECT session_id FROM new_rows UNION ALL SELECT session_id FROM old_rows),
      ARRAY(SELECT product_id FROM new_rows UNION ALL SELECT product_id FROM old_rows));
  ELSE
    PERFORM refresh_result_rollups(ARRAY(SELECT DISTINCT session_id FROM old_rows));
    PERFORM result_product_months_keys_of(ARRAY(SELECT session_id FROM old_rows), ARRAY(SELECT product_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A session moved to another month, cancelled or restored: its products in the old and new months.
CREATE FUNCTION result_product_months_on_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_result_product_months(array_agg(k.p), array_agg(k.m))
  FROM (SELECT DISTINCT r.product_id AS p, date_trunc('month', x.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS m
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.starts_at), (o.starts_at)) AS x(starts_at)
        JOIN product_results r ON r.session_id = n.id
        WHERE (n.starts_at, n.status) IS DISTINCT FROM (o.starts_at, o.status)) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;
CREATE TRIGGER result_product_months_sessions_update AFTER UPDATE ON live_sessions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_product_months_on_sessions();

-- A product moved to another group or producer, a producer to another province: all their months.
CREATE FUNCTION result_product_months_on_products() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_result_product_months(array_agg(k.id), array_agg(NULL::date))
  FROM (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.group_id, n.producer_id) IS DISTINCT FROM (o.group_id, o.producer_id)) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;
CREATE TRIGGER result_product_months_products_update AFTER UPDATE ON products
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_product_months_on_products();

CREATE FUNCTION result_product_months_on_producers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_result_product_months(array_agg(k.id), array_agg(NULL::date))
  FROM (SELECT p.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN products p ON p.producer_id = n.id
        WHERE n.province_id IS DISTINCT FROM o.province_id) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;
CREATE TRIGGER result_product_months_producers_update AFTER UPDATE ON producers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_product_months_on_producers();

-- What was recorded before this migration.
SELECT refresh_result_product_months(ARRAY(SELECT DISTINCT product_id FROM product_results), ARRAY(SELECT NULL::date FROM (SELECT DISTINCT product_id FROM product_results) x));
