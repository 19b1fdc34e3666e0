-- CreateTable
CREATE TABLE "result_days" (
    "dim" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "orders" BIGINT NOT NULL,
    "units" BIGINT NOT NULL,
    "gmv" BIGINT NOT NULL,
    "sessions" INTEGER NOT NULL,
    "first_gmv" BIGINT,
    "last_gmv" BIGINT,

    -- INCLUDE by hand: reports read a dimension's days from the key alone (index-only scans).
    CONSTRAINT "result_days_pkey" PRIMARY KEY ("dim","day","key") INCLUDE ("orders", "units", "gmv", "sessions", "first_gmv", "last_gmv")
);

-- Written by hand. Recomputes the rows of some days from the rollup rows of those days: per day
-- in all, and per day and value of each breakdown dimension. Sessions are summed from the
-- rollup's first-of flags (one flagged row per session and value). On producer rows, the GMV of
-- the producer's first and last session of the day (lowest and highest session id), which the
-- growth report compares.
CREATE FUNCTION refresh_result_days(days date[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF cardinality(days) = 0 THEN RETURN; END IF;
  -- One-shot plans (EXECUTE … USING): the planner sees how many days there are.
  -- Through the primary key: each dimension's rows of each day.
  EXECUTE $q$
    DELETE FROM result_days t
    USING (SELECT DISTINCT d FROM unnest($1::date[]) AS k(d)) k
    CROSS JOIN unnest(ARRAY['all', 'province', 'region', 'group', 'stars', 'host', 'channel', 'producer']) AS m(dim)
    WHERE t.dim = m.dim AND t.day = k.d
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

-- The rollup's only writer, its refresh, now also sums the days of the sessions it recomputes
-- (those they were on and those they are on), once per refresh: triggers on the rollup would run
-- twice, after its DELETE and after its INSERT. Same statements as before otherwise.
CREATE OR REPLACE FUNCTION refresh_result_rollups(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  days date[];
BEGIN
  days := ARRAY(SELECT DISTINCT r.day FROM unnest(ids) AS i(id) JOIN result_rollups r ON r.session_id = i.id);
  DELETE FROM result_rollups USING unnest(ids) AS i(id) WHERE result_rollups.session_id = i.id;
  INSERT INTO result_rollups (session_id, producer_id, group_id, stars, day, host_id, channel_id, province_id, region, orders, units, gmv, lines,
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
           sum(r.orders) AS orders, sum(r.units_sold) AS units, sum(r.gmv_vnd) AS gmv, count(*)::int AS lines
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

-- The figures already there.
SELECT refresh_result_days(ARRAY(SELECT DISTINCT day FROM result_rollups));
