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
  EXECUTE $q$
    DELETE FROM result_days t USING (SELECT DISTINCT d FROM unnest($1::date[]) AS k(d)) k WHERE t.day = k.d
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

-- Whatever writes the rollup (its refresh deletes and inserts a session's rows), the days of the
-- rows written are summed again.
CREATE FUNCTION result_days_on_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_result_days(ARRAY(SELECT DISTINCT day FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_result_days(ARRAY(SELECT day FROM new_rows UNION SELECT day FROM old_rows));
  ELSE
    PERFORM refresh_result_days(ARRAY(SELECT DISTINCT day FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER result_days_rollups_insert AFTER INSERT ON result_rollups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_days_on_rollups();
CREATE TRIGGER result_days_rollups_update AFTER UPDATE ON result_rollups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_days_on_rollups();
CREATE TRIGGER result_days_rollups_delete AFTER DELETE ON result_rollups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION result_days_on_rollups();

-- The figures already there.
SELECT refresh_result_days(ARRAY(SELECT DISTINCT day FROM result_rollups));
