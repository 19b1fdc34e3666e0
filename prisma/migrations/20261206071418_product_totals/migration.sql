-- Written by hand (docs/decisions/0012-product-totals.md): the product ranking's rollup becomes
-- each product's running totals at the end of every month, from its first sale to the latest
-- month with results (dense), so that a range of whole months is two rows per product whatever
-- its length — the total at its last month less the total at the month before it — where the
-- per-month rollup (result_product_months) summed a row per product and month: 200,000 rows for
-- a year, a million for five. A month's own figures are its total less the one before, so the
-- per-month table goes; the totals carry no group, producer or province (the ranking filters
-- through products), so a product or producer that moves changes nothing here.

-- CreateTable
CREATE TABLE "result_product_totals" (
    "product_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "orders" BIGINT NOT NULL,
    "units" BIGINT NOT NULL,
    "gmv" BIGINT NOT NULL,
    "sessions" INTEGER NOT NULL,

    CONSTRAINT "result_product_totals_pkey" PRIMARY KEY ("product_id","month")
);

-- CreateIndex
CREATE INDEX "result_product_totals_month_idx" ON "result_product_totals"("month");

-- The figures are not indexed and room is left on each page, so that updates stay HOT.
ALTER TABLE "result_product_totals" SET (fillfactor = 80);

-- What was recorded before this migration, month by month.
INSERT INTO result_product_totals (product_id, month, orders, units, gmv, sessions)
SELECT product_id, month, orders, units, gmv, sessions FROM (
  SELECT f.product_id, n.month::date AS month,
         sum(coalesce(m.orders, 0)) OVER w AS orders, sum(coalesce(m.units, 0)) OVER w AS units,
         sum(coalesce(m.gmv, 0)) OVER w AS gmv, (sum(coalesce(m.sessions, 0)) OVER w)::int AS sessions
  FROM (SELECT product_id, min(month) AS first FROM result_product_months GROUP BY 1) f
  CROSS JOIN (SELECT max(month) AS last FROM result_product_months) h
  CROSS JOIN LATERAL generate_series(f.first, h.last, interval '1 month') AS n(month)
  LEFT JOIN result_product_months m ON m.product_id = f.product_id AND m.month = n.month
  WINDOW w AS (PARTITION BY f.product_id ORDER BY n.month)) t
ORDER BY month, product_id;

-- Moves the totals by some products' changes in some months (one row per product and month, or
-- several, summed): that month's total and every later one. A month later than any so far first
-- carries every product's totals forward to it; a product changed before its first month
-- (`keys_known` false: it may have none) first gets zero rows from there. Set-based, one-shot plans.
CREATE FUNCTION apply_result_product_changes(d_product uuid[], d_month date[], d_orders bigint[], d_units bigint[], d_gmv bigint[], d_sessions bigint[], keys_known boolean)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  horizon date;
  latest date;
BEGIN
  IF coalesce(cardinality(d_product), 0) = 0 THEN RETURN; END IF;
  SELECT max(month) INTO horizon FROM result_product_totals;
  SELECT max(x) INTO latest FROM unnest(d_month) AS x;
  IF horizon IS NOT NULL AND latest > horizon THEN
    INSERT INTO result_product_totals (product_id, month, orders, units, gmv, sessions)
    SELECT t.product_id, n.month::date, t.orders, t.units, t.gmv, t.sessions
    FROM result_product_totals t CROSS JOIN generate_series(horizon + interval '1 month', latest, interval '1 month') AS n(month)
    WHERE t.month = horizon
    ORDER BY 2, 1;
  END IF;
  horizon := greatest(horizon, latest);

  IF NOT keys_known THEN
    EXECUTE $q$
      INSERT INTO result_product_totals (product_id, month, orders, units, gmv, sessions)
      SELECT k.p, n.month::date, 0, 0, 0, 0
      FROM (SELECT x.p, min(x.m) AS m FROM unnest($1::uuid[], $2::date[]) AS x(p, m) GROUP BY x.p) k
      CROSS JOIN LATERAL (SELECT min(t.month) AS first FROM result_product_totals t WHERE t.product_id = k.p) f
      CROSS JOIN LATERAL generate_series(k.m, coalesce(f.first - interval '1 month', $3), interval '1 month') AS n(month)
      WHERE f.first IS NULL OR f.first > k.m
    $q$ USING d_product, d_month, horizon;
  END IF;

  -- Each changed product's months from its first change to the horizon with the running sum of
  -- its changes (generated, not read); the rows to update found through the month index.
  EXECUTE $q$
    WITH d AS MATERIALIZED (
      SELECT p, m, sum(o) AS o, sum(u) AS u, sum(g) AS g, sum(s) AS s
      FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[]) AS d(p, m, o, u, g, s) GROUP BY 1, 2),
    x AS (
      SELECT k.p, n.month::date AS month,
             sum(coalesce(d.o, 0)) OVER w AS o, sum(coalesce(d.u, 0)) OVER w AS u, sum(coalesce(d.g, 0)) OVER w AS g, sum(coalesce(d.s, 0)) OVER w AS s
      FROM (SELECT p, min(m) AS m FROM d GROUP BY p) k
      CROSS JOIN LATERAL generate_series(k.m, $7, interval '1 month') AS n(month)
      LEFT JOIN d ON d.p = k.p AND d.m = n.month
      WINDOW w AS (PARTITION BY k.p ORDER BY n.month))
    UPDATE result_product_totals t
    SET orders = t.orders + x.o, units = t.units + x.u, gmv = t.gmv + x.g, sessions = t.sessions + x.s::int
    FROM x
    WHERE t.product_id = x.p AND t.month = x.month AND t.month >= (SELECT min(m) FROM d)
  $q$ USING d_product, d_month, d_orders, d_units, d_gmv, d_sessions, horizon;
END
$fn$;

-- Same name and arguments as before (its callers are unchanged): recomputes some products in some
-- months (a NULL month: all of the product's months) from the result lines of sessions that were
-- not cancelled, and moves the totals by the difference with what they hold.
CREATE OR REPLACE FUNCTION refresh_result_product_months(pids uuid[], months date[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  p uuid[]; m date[]; o bigint[]; u bigint[]; g bigint[]; s bigint[];
BEGIN
  EXECUTE $q$
    WITH k AS (SELECT DISTINCT p, m FROM unnest($1::uuid[], $2::date[]) AS k(p, m)),
    whole AS (SELECT DISTINCT p FROM k WHERE m IS NULL),
    part AS (SELECT p, m FROM k WHERE m IS NOT NULL AND p NOT IN (SELECT p FROM whole)),
    fresh AS (
      SELECT l.product_id AS p, l.month AS m, sum(l.orders)::bigint AS o, sum(l.units_sold)::bigint AS u, sum(l.gmv_vnd)::bigint AS g, count(*)::bigint AS s
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
      GROUP BY 1, 2),
    -- What the totals hold for the same keys: a month's figures are its total less the one before.
    keys AS (SELECT p, m FROM part UNION SELECT t.product_id, t.month FROM whole JOIN result_product_totals t ON t.product_id = whole.p),
    held AS (
      SELECT k.p, k.m, t.orders - coalesce(b.orders, 0) AS o, t.units - coalesce(b.units, 0) AS u,
             t.gmv - coalesce(b.gmv, 0) AS g, (t.sessions - coalesce(b.sessions, 0))::bigint AS s
      FROM keys k JOIN result_product_totals t ON t.product_id = k.p AND t.month = k.m
      LEFT JOIN result_product_totals b ON b.product_id = k.p AND b.month = (k.m - interval '1 month')::date),
    d AS (
      SELECT coalesce(f.p, h.p) AS p, coalesce(f.m, h.m) AS m, coalesce(f.o, 0) - coalesce(h.o, 0) AS o, coalesce(f.u, 0) - coalesce(h.u, 0) AS u,
             coalesce(f.g, 0) - coalesce(h.g, 0) AS g, coalesce(f.s, 0) - coalesce(h.s, 0) AS s
      FROM fresh f FULL JOIN held h ON h.p = f.p AND h.m = f.m)
    SELECT array_agg(p), array_agg(m), array_agg(o), array_agg(u), array_agg(g), array_agg(s) FROM d WHERE (o, u, g, s) <> (0, 0, 0, 0)
  $q$ USING pids, months INTO p, m, o, u, g, s;
  PERFORM apply_result_product_changes(p, m, o, u, g, s, false);
END
$fn$;

-- A product's group or producer, a producer's province: nothing to do for the totals.
DROP TRIGGER result_product_months_products_update ON products;
DROP TRIGGER result_product_months_producers_update ON producers;
DROP FUNCTION result_product_months_on_products();
DROP FUNCTION result_product_months_on_producers();
DROP TABLE result_product_months;

-- The figures-only path of the rollups (20261202052500_result_deltas): the products' part moves
-- the totals, and the rollup rows it updates are found through the day index (it hashed all of
-- result_rollups, 0.8 million rows at national scale, to update an import's few tens of thousands).
CREATE OR REPLACE FUNCTION result_rollups_on_results() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  matched bigint;
  days date[];
  cp uuid[]; cm date[]; co bigint[]; cu bigint[]; cg bigint[]; cs bigint[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT count(*) INTO matched FROM new_rows n JOIN old_rows o ON o.session_id = n.session_id AND o.product_id = n.product_id;
    IF matched = (SELECT count(*) FROM new_rows) THEN
      -- EXECUTE: planned for this statement's row counts (a cached plan would be made for one line).
      EXECUTE $q$
        WITH d AS (
          SELECT n.session_id, n.product_id, (n.orders - o.orders)::bigint AS orders, (n.units_sold - o.units_sold)::bigint AS units, n.gmv_vnd - o.gmv_vnd AS gmv
          FROM new_rows n JOIN old_rows o ON o.session_id = n.session_id AND o.product_id = n.product_id
          WHERE (n.orders, n.units_sold, n.gmv_vnd) IS DISTINCT FROM (o.orders, o.units_sold, o.gmv_vnd)),
        lines AS MATERIALIZED (
          SELECT d.*, s.day, date_trunc('month', s.day)::date AS month, p.producer_id, p.group_id
          FROM d
          JOIN (SELECT id, (starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day FROM live_sessions WHERE status <> 'CANCELLED') s ON s.id = d.session_id
          JOIN products p ON p.id = d.product_id),
        rollups AS (
          UPDATE result_rollups t SET orders = t.orders + x.orders, units = t.units + x.units, gmv = t.gmv + x.gmv
          FROM (SELECT l.session_id, l.producer_id, l.group_id, coalesce(c.stars, 0) AS stars, sum(l.orders) AS orders, sum(l.units) AS units, sum(l.gmv) AS gmv
                FROM lines l
                LEFT JOIN LATERAL (SELECT c.stars FROM certificates c WHERE c.product_id = l.product_id AND c.decision_date <= l.day
                                   ORDER BY c.decision_date DESC LIMIT 1) c ON true
                GROUP BY 1, 2, 3, 4) x
          WHERE t.session_id = x.session_id AND t.producer_id = x.producer_id AND t.group_id = x.group_id AND t.stars = x.stars
            AND t.day >= (SELECT min(day) FROM lines)
          RETURNING t.day)
        SELECT ARRAY(SELECT DISTINCT day FROM rollups), array_agg(product_id), array_agg(month), array_agg(orders), array_agg(units), array_agg(gmv), array_agg(0::bigint)
        FROM (SELECT product_id, month, sum(orders)::bigint AS orders, sum(units)::bigint AS units, sum(gmv)::bigint AS gmv FROM lines GROUP BY 1, 2) x
      $q$ INTO days, cp, cm, co, cu, cg, cs;
      -- Separate statements: they must see the rollup rows just updated.
      PERFORM refresh_result_days(days);
      PERFORM apply_result_product_changes(cp, cm, co, cu, cg, cs, true);
      RETURN NULL;
    END IF;
  END IF;
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

CREATE OR REPLACE FUNCTION refresh_result_days(days date[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF cardinality(days) = 0 THEN RETURN; END IF;
  -- One-shot plans (EXECUTE … USING): the planner sees how many days there are.
  -- Through the primary key: each dimension's rows of each day (both lists in the index condition;
  -- a join with them was planned as a scan of the whole table).
  EXECUTE $q$
    DELETE FROM result_days t
    WHERE t.dim = ANY(ARRAY['all', 'province', 'region', 'group', 'stars', 'host', 'channel', 'producer']) AND t.day = ANY($1::date[])
  $q$ USING days;
  EXECUTE $q$
    WITH r AS MATERIALIZED (
      SELECT r.* FROM (SELECT DISTINCT d FROM unnest($1::date[]) AS k(d)) k JOIN result_rollups r ON r.day = k.d),
    per_session AS (SELECT day, producer_id, session_id, sum(gmv) AS gmv FROM r GROUP BY 1, 2, 3),
    ends AS (SELECT day, producer_id, (array_agg(gmv ORDER BY session_id))[1] AS first_gmv, (array_agg(gmv ORDER BY session_id DESC))[1] AS last_gmv
             FROM per_session GROUP BY 1, 2)
    INSERT INTO result_days (dim, day, key, orders, units, gmv, sessions, first_gmv, last_gmv)
    SELECT 'all', day, '', sum(orders), sum(units), sum(gmv), sum(first_of_session), NULL::bigint, NULL::bigint FROM r GROUP BY day
    UNION ALL
    SELECT 'province', day, province_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_province), NULL, NULL FROM r GROUP BY day, province_id
    UNION ALL
    SELECT 'region', day, region, sum(orders), sum(units), sum(gmv), sum(first_of_region), NULL, NULL FROM r GROUP BY day, region
    UNION ALL
    SELECT 'group', day, group_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_group), NULL, NULL FROM r GROUP BY day, group_id
    UNION ALL
    SELECT 'stars', day, CASE WHEN stars = 0 THEN '-' ELSE stars::text END, sum(orders), sum(units), sum(gmv), sum(first_of_stars), NULL, NULL
    FROM r GROUP BY day, stars
    UNION ALL
    SELECT 'host', day, host_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_session), NULL, NULL FROM r GROUP BY day, host_id
    UNION ALL
    SELECT 'channel', day, channel_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_session), NULL, NULL FROM r GROUP BY day, channel_id
    UNION ALL
    SELECT 'producer', a.day, a.producer_id::text, a.orders, a.units, a.gmv, a.sessions, e.first_gmv, e.last_gmv
    FROM (SELECT day, producer_id, sum(orders) AS orders, sum(units) AS units, sum(gmv) AS gmv, sum(first_of_producer) AS sessions
          FROM r GROUP BY day, producer_id) a
    JOIN ends e ON e.day = a.day AND e.producer_id = a.producer_id
  $q$ USING days;
END
$fn$;
