-- Written by hand (docs/decisions/0016-orders.md): reports show gross or net, and the shares
-- cancelled, refunded and refunded for damage. The result lines carry those amounts since the
-- order exports (20261206124424_order_exports); here every rollup of them carries their sums, kept
-- by the same functions as the GMV (each replaced with the three more sums, nothing else changed).

ALTER TABLE "result_rollups" ADD COLUMN "cancelled" BIGINT NOT NULL DEFAULT 0, ADD COLUMN "refunded" BIGINT NOT NULL DEFAULT 0, ADD COLUMN "damage" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "result_days" ADD COLUMN "cancelled" BIGINT NOT NULL DEFAULT 0, ADD COLUMN "refunded" BIGINT NOT NULL DEFAULT 0, ADD COLUMN "damage" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "result_product_totals" ADD COLUMN "cancelled" BIGINT NOT NULL DEFAULT 0, ADD COLUMN "refunded" BIGINT NOT NULL DEFAULT 0, ADD COLUMN "damage" BIGINT NOT NULL DEFAULT 0;
-- Reports still read a dimension's days from the key alone (index-only scans), net included.
ALTER TABLE "result_days" DROP CONSTRAINT "result_days_pkey",
  ADD CONSTRAINT "result_days_pkey" PRIMARY KEY ("dim", "day", "key") INCLUDE ("orders", "units", "gmv", "sessions", "first_gmv", "last_gmv", "cancelled", "refunded", "damage");

DROP FUNCTION apply_result_product_changes(uuid[], date[], bigint[], bigint[], bigint[], bigint[], boolean);

CREATE OR REPLACE FUNCTION refresh_result_rollups(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  days date[];
BEGIN
  days := ARRAY(SELECT DISTINCT r.day FROM unnest(ids) AS i(id) JOIN result_rollups r ON r.session_id = i.id);
  DELETE FROM result_rollups USING unnest(ids) AS i(id) WHERE result_rollups.session_id = i.id;
  INSERT INTO result_rollups (session_id, producer_id, group_id, stars, day, host_id, channel_id, province_id, region, orders, units, gmv, cancelled, refunded, damage, lines,
                              first_of_session, first_of_province, first_of_region, first_of_group, first_of_stars, first_of_producer)
  SELECT b.*,
         (row_number() OVER (PARTITION BY session_id ORDER BY producer_id, group_id, stars) = 1)::int,
         (row_number() OVER (PARTITION BY session_id, province_id ORDER BY producer_id, group_id, stars) = 1)::int,
         (row_number() OVER (PARTITION BY session_id, region ORDER BY producer_id, group_id, stars) = 1)::int,
         (row_number() OVER (PARTITION BY session_id, group_id ORDER BY producer_id, stars) = 1)::int,
         (row_number() OVER (PARTITION BY session_id, stars ORDER BY producer_id, group_id) = 1)::int,
         (row_number() OVER (PARTITION BY session_id, producer_id ORDER BY group_id, stars) = 1)::int
  FROM (
    SELECT r.session_id, p.producer_id, p.group_id, coalesce(c.stars, 0) AS stars, s.day, s.host_id, s.channel_id, pr.province_id, pv.region::text AS region,
           sum(r.orders) AS orders, sum(r.units_sold) AS units, sum(r.gmv_vnd) AS gmv,
           sum(r.cancelled_vnd) AS cancelled, sum(r.refunded_vnd) AS refunded, sum(r.damage_vnd) AS damage, count(*)::int AS lines
    FROM (SELECT DISTINCT id FROM unnest(ids) AS i(id)) i
    JOIN (SELECT id, host_id, channel_id, (starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day
          FROM live_sessions WHERE status <> 'CANCELLED') s ON s.id = i.id
    JOIN product_results r ON r.session_id = s.id
    JOIN products p ON p.id = r.product_id
    JOIN producers pr ON pr.id = p.producer_id
    JOIN provinces pv ON pv.id = pr.province_id
    LEFT JOIN LATERAL (SELECT c.stars FROM certificates c WHERE c.product_id = r.product_id AND c.decision_date <= s.day
                       ORDER BY c.decision_date DESC LIMIT 1) c ON true
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9) b;
  days := days || ARRAY(SELECT DISTINCT r.day FROM unnest(ids) AS i(id) JOIN result_rollups r ON r.session_id = i.id);
  PERFORM refresh_result_days(ARRAY(SELECT DISTINCT d FROM unnest(days) AS k(d)));
END $$;

CREATE OR REPLACE FUNCTION result_rollups_on_results() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  matched bigint;
  days date[];
  cp uuid[]; cm date[]; co bigint[]; cu bigint[]; cg bigint[]; cs bigint[]; cc bigint[]; cr bigint[]; cd bigint[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT count(*) INTO matched FROM new_rows n JOIN old_rows o ON o.session_id = n.session_id AND o.product_id = n.product_id;
    IF matched = (SELECT count(*) FROM new_rows) THEN
      -- EXECUTE: planned for this statement's row counts (a cached plan would be made for one line).
      EXECUTE $q$
        WITH d AS (
          SELECT n.session_id, n.product_id, (n.orders - o.orders)::bigint AS orders, (n.units_sold - o.units_sold)::bigint AS units, n.gmv_vnd - o.gmv_vnd AS gmv,
                 n.cancelled_vnd - o.cancelled_vnd AS cancelled, n.refunded_vnd - o.refunded_vnd AS refunded, n.damage_vnd - o.damage_vnd AS damage
          FROM new_rows n JOIN old_rows o ON o.session_id = n.session_id AND o.product_id = n.product_id
          WHERE (n.orders, n.units_sold, n.gmv_vnd, n.cancelled_vnd, n.refunded_vnd, n.damage_vnd)
                IS DISTINCT FROM (o.orders, o.units_sold, o.gmv_vnd, o.cancelled_vnd, o.refunded_vnd, o.damage_vnd)),
        lines AS MATERIALIZED (
          SELECT d.*, s.day, date_trunc('month', s.day)::date AS month, p.producer_id, p.group_id
          FROM d
          JOIN (SELECT id, (starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day FROM live_sessions WHERE status <> 'CANCELLED') s ON s.id = d.session_id
          JOIN products p ON p.id = d.product_id),
        rollups AS (
          UPDATE result_rollups t SET orders = t.orders + x.orders, units = t.units + x.units, gmv = t.gmv + x.gmv,
            cancelled = t.cancelled + x.cancelled, refunded = t.refunded + x.refunded, damage = t.damage + x.damage
          FROM (SELECT l.session_id, l.producer_id, l.group_id, coalesce(c.stars, 0) AS stars, sum(l.orders) AS orders, sum(l.units) AS units, sum(l.gmv) AS gmv,
                       sum(l.cancelled) AS cancelled, sum(l.refunded) AS refunded, sum(l.damage) AS damage
                FROM lines l
                LEFT JOIN LATERAL (SELECT c.stars FROM certificates c WHERE c.product_id = l.product_id AND c.decision_date <= l.day
                                   ORDER BY c.decision_date DESC LIMIT 1) c ON true
                GROUP BY 1, 2, 3, 4) x
          WHERE t.session_id = x.session_id AND t.producer_id = x.producer_id AND t.group_id = x.group_id AND t.stars = x.stars
            AND t.day >= (SELECT min(day) FROM lines)
          RETURNING t.day)
        SELECT ARRAY(SELECT DISTINCT day FROM rollups), array_agg(product_id), array_agg(month), array_agg(orders), array_agg(units), array_agg(gmv), array_agg(0::bigint),
               array_agg(cancelled), array_agg(refunded), array_agg(damage)
        FROM (SELECT product_id, month, sum(orders)::bigint AS orders, sum(units)::bigint AS units, sum(gmv)::bigint AS gmv,
                     sum(cancelled)::bigint AS cancelled, sum(refunded)::bigint AS refunded, sum(damage)::bigint AS damage FROM lines GROUP BY 1, 2) x
      $q$ INTO days, cp, cm, co, cu, cg, cs, cc, cr, cd;
      -- Separate statements: they must see the rollup rows just updated.
      PERFORM refresh_result_days(days);
      PERFORM apply_result_product_changes(cp, cm, co, cu, cg, cs, cc, cr, cd, true);
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
    INSERT INTO result_days (dim, day, key, orders, units, gmv, sessions, first_gmv, last_gmv, cancelled, refunded, damage)
    SELECT 'all', day, '', sum(orders), sum(units), sum(gmv), sum(first_of_session), NULL::bigint, NULL::bigint, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY day
    UNION ALL
    SELECT 'province', day, province_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_province), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY day, province_id
    UNION ALL
    SELECT 'region', day, region, sum(orders), sum(units), sum(gmv), sum(first_of_region), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY day, region
    UNION ALL
    SELECT 'group', day, group_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_group), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY day, group_id
    UNION ALL
    SELECT 'stars', day, CASE WHEN stars = 0 THEN '-' ELSE stars::text END, sum(orders), sum(units), sum(gmv), sum(first_of_stars), NULL, NULL, sum(cancelled), sum(refunded), sum(damage)
    FROM r GROUP BY day, stars
    UNION ALL
    SELECT 'host', day, host_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_session), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY day, host_id
    UNION ALL
    SELECT 'channel', day, channel_id::text, sum(orders), sum(units), sum(gmv), sum(first_of_session), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY day, channel_id
    UNION ALL
    SELECT 'producer', a.day, a.producer_id::text, a.orders, a.units, a.gmv, a.sessions, e.first_gmv, e.last_gmv, a.cancelled, a.refunded, a.damage
    FROM (SELECT day, producer_id, sum(orders) AS orders, sum(units) AS units, sum(gmv) AS gmv, sum(first_of_producer) AS sessions,
                 sum(cancelled) AS cancelled, sum(refunded) AS refunded, sum(damage) AS damage
          FROM r GROUP BY day, producer_id) a
    JOIN ends e ON e.day = a.day AND e.producer_id = a.producer_id
  $q$ USING days;
END
$fn$;

CREATE FUNCTION apply_result_product_changes(d_product uuid[], d_month date[], d_orders bigint[], d_units bigint[], d_gmv bigint[], d_sessions bigint[],
                                             d_cancelled bigint[], d_refunded bigint[], d_damage bigint[], keys_known boolean)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  horizon date;
  latest date;
BEGIN
  IF coalesce(cardinality(d_product), 0) = 0 THEN RETURN; END IF;
  SELECT max(month) INTO horizon FROM result_product_totals;
  SELECT max(x) INTO latest FROM unnest(d_month) AS x;
  IF horizon IS NOT NULL AND latest > horizon THEN
    INSERT INTO result_product_totals (product_id, month, orders, units, gmv, sessions, cancelled, refunded, damage)
    SELECT t.product_id, n.month::date, t.orders, t.units, t.gmv, t.sessions, t.cancelled, t.refunded, t.damage
    FROM result_product_totals t CROSS JOIN generate_series(horizon + interval '1 month', latest, interval '1 month') AS n(month)
    WHERE t.month = horizon
    ORDER BY 2, 1;
  END IF;
  horizon := greatest(horizon, latest);

  IF NOT keys_known THEN
    EXECUTE $q$
      INSERT INTO result_product_totals (product_id, month, orders, units, gmv, sessions, cancelled, refunded, damage)
      SELECT k.p, n.month::date, 0, 0, 0, 0, 0, 0, 0
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
      SELECT p, m, sum(o) AS o, sum(u) AS u, sum(g) AS g, sum(s) AS s, sum(c) AS c, sum(r) AS r, sum(dm) AS dm
      FROM unnest($1::uuid[], $2::date[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $8::bigint[], $9::bigint[], $10::bigint[])
           AS d(p, m, o, u, g, s, c, r, dm) GROUP BY 1, 2),
    x AS (
      SELECT k.p, n.month::date AS month,
             sum(coalesce(d.o, 0)) OVER w AS o, sum(coalesce(d.u, 0)) OVER w AS u, sum(coalesce(d.g, 0)) OVER w AS g, sum(coalesce(d.s, 0)) OVER w AS s,
             sum(coalesce(d.c, 0)) OVER w AS c, sum(coalesce(d.r, 0)) OVER w AS r, sum(coalesce(d.dm, 0)) OVER w AS dm
      FROM (SELECT p, min(m) AS m FROM d GROUP BY p) k
      CROSS JOIN LATERAL generate_series(k.m, $7, interval '1 month') AS n(month)
      LEFT JOIN d ON d.p = k.p AND d.m = n.month
      WINDOW w AS (PARTITION BY k.p ORDER BY n.month))
    UPDATE result_product_totals t
    SET orders = t.orders + x.o, units = t.units + x.u, gmv = t.gmv + x.g, sessions = t.sessions + x.s::int,
        cancelled = t.cancelled + x.c, refunded = t.refunded + x.r, damage = t.damage + x.dm
    FROM x
    WHERE t.product_id = x.p AND t.month = x.month AND t.month >= (SELECT min(m) FROM d)
  $q$ USING d_product, d_month, d_orders, d_units, d_gmv, d_sessions, horizon, d_cancelled, d_refunded, d_damage;
END
$fn$;

CREATE OR REPLACE FUNCTION refresh_result_product_months(pids uuid[], months date[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  p uuid[]; m date[]; o bigint[]; u bigint[]; g bigint[]; s bigint[]; c bigint[]; rf bigint[]; dm bigint[];
BEGIN
  EXECUTE $q$
    WITH k AS (SELECT DISTINCT p, m FROM unnest($1::uuid[], $2::date[]) AS k(p, m)),
    whole AS (SELECT DISTINCT p FROM k WHERE m IS NULL),
    part AS (SELECT p, m FROM k WHERE m IS NOT NULL AND p NOT IN (SELECT p FROM whole)),
    fresh AS (
      SELECT l.product_id AS p, l.month AS m, sum(l.orders)::bigint AS o, sum(l.units_sold)::bigint AS u, sum(l.gmv_vnd)::bigint AS g, count(*)::bigint AS s,
             sum(l.cancelled_vnd)::bigint AS c, sum(l.refunded_vnd)::bigint AS r, sum(l.damage_vnd)::bigint AS dm
    FROM (
        -- Some products in some months: the lines of those months' sessions (index on starts_at, then
        -- each session's lines by primary key; the OFFSET 0s keep that order), then only the keys asked for.
        SELECT l.product_id, l.m AS month, l.orders, l.units_sold, l.gmv_vnd, l.cancelled_vnd, l.refunded_vnd, l.damage_vnd
        FROM (
          SELECT r.product_id, mo.m, r.orders, r.units_sold, r.gmv_vnd, r.cancelled_vnd, r.refunded_vnd, r.damage_vnd
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
        SELECT r.product_id, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, r.orders, r.units_sold, r.gmv_vnd,
               r.cancelled_vnd, r.refunded_vnd, r.damage_vnd
        FROM whole
        JOIN product_results r ON r.product_id = whole.p
        JOIN live_sessions s ON s.id = r.session_id AND s.status <> 'CANCELLED'
      ) l
      GROUP BY 1, 2),
    -- What the totals hold for the same keys: a month's figures are its total less the one before.
    keys AS (SELECT p, m FROM part UNION SELECT t.product_id, t.month FROM whole JOIN result_product_totals t ON t.product_id = whole.p),
    held AS (
      SELECT k.p, k.m, t.orders - coalesce(b.orders, 0) AS o, t.units - coalesce(b.units, 0) AS u,
             t.gmv - coalesce(b.gmv, 0) AS g, (t.sessions - coalesce(b.sessions, 0))::bigint AS s,
             t.cancelled - coalesce(b.cancelled, 0) AS c, t.refunded - coalesce(b.refunded, 0) AS r, t.damage - coalesce(b.damage, 0) AS dm
      FROM keys k JOIN result_product_totals t ON t.product_id = k.p AND t.month = k.m
      LEFT JOIN result_product_totals b ON b.product_id = k.p AND b.month = (k.m - interval '1 month')::date),
    d AS (
      SELECT coalesce(f.p, h.p) AS p, coalesce(f.m, h.m) AS m, coalesce(f.o, 0) - coalesce(h.o, 0) AS o, coalesce(f.u, 0) - coalesce(h.u, 0) AS u,
             coalesce(f.g, 0) - coalesce(h.g, 0) AS g, coalesce(f.s, 0) - coalesce(h.s, 0) AS s,
             coalesce(f.c, 0) - coalesce(h.c, 0) AS c, coalesce(f.r, 0) - coalesce(h.r, 0) AS r, coalesce(f.dm, 0) - coalesce(h.dm, 0) AS dm
      FROM fresh f FULL JOIN held h ON h.p = f.p AND h.m = f.m)
    SELECT array_agg(p), array_agg(m), array_agg(o), array_agg(u), array_agg(g), array_agg(s), array_agg(c), array_agg(r), array_agg(dm)
    FROM d WHERE (o, u, g, s, c, r, dm) <> (0, 0, 0, 0, 0, 0, 0)
  $q$ USING pids, months INTO p, m, o, u, g, s, c, rf, dm;
  PERFORM apply_result_product_changes(p, m, o, u, g, s, c, rf, dm, false);
END
$fn$;

-- Figures recorded from order exports before this migration.
SELECT refresh_result_rollups(ARRAY(SELECT DISTINCT session_id FROM product_results WHERE cancelled_vnd + refunded_vnd > 0));
SELECT refresh_result_product_months(ARRAY(SELECT DISTINCT product_id FROM product_results WHERE cancelled_vnd + refunded_vnd > 0),
                                     ARRAY(SELECT NULL::date FROM (SELECT DISTINCT product_id FROM product_results WHERE cancelled_vnd + refunded_vnd > 0) x));
