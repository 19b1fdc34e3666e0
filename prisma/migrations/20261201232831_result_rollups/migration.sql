-- CreateTable
CREATE TABLE "result_rollups" (
    "session_id" UUID NOT NULL,
    "producer_id" UUID NOT NULL,
    "group_id" INTEGER NOT NULL,
    "stars" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "host_id" UUID NOT NULL,
    "channel_id" UUID NOT NULL,
    "province_id" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "orders" BIGINT NOT NULL,
    "units" BIGINT NOT NULL,
    "gmv" BIGINT NOT NULL,
    "lines" INTEGER NOT NULL,
    "first_of_session" INTEGER NOT NULL,
    "first_of_province" INTEGER NOT NULL,
    "first_of_region" INTEGER NOT NULL,
    "first_of_group" INTEGER NOT NULL,
    "first_of_stars" INTEGER NOT NULL,
    "first_of_producer" INTEGER NOT NULL,

    CONSTRAINT "result_rollups_pkey" PRIMARY KEY ("session_id","producer_id","group_id","stars")
);

-- CreateIndex
CREATE INDEX "result_rollups_day_idx" ON "result_rollups"("day");

-- CreateIndex
CREATE INDEX "result_rollups_province_id_day_idx" ON "result_rollups"("province_id", "day");

-- CreateIndex
CREATE INDEX "result_rollups_producer_id_day_idx" ON "result_rollups"("producer_id", "day");

-- Written by hand: the rollup is kept correct on every write, whatever path the write takes.
ALTER TABLE "result_rollups" ADD CONSTRAINT "result_rollups_session_fkey" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE;

-- Recomputes the rollup rows of some sessions from their result lines (cancelled sessions have none).
-- Driven from unnest(ids): the function's plan is generic, and a join from the (small) list of
-- sessions keeps it on the indexes, where "= ANY(ids)" would scan all the result lines.
CREATE FUNCTION refresh_result_rollups(ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
$$;

CREATE FUNCTION result_rollups_on_results() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_result_rollups(ARRAY(SELECT DISTINCT session_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_result_rollups(ARRAY(SELECT session_id FROM new_rows UNION SELECT session_id FROM old_rows));
  ELSE
    PERFORM refresh_result_rollups(ARRAY(SELECT DISTINCT session_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER result_rollups_results_insert AFTER INSERT ON product_results
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_results();
CREATE TRIGGER result_rollups_results_update AFTER UPDATE ON product_results
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_results();
CREATE TRIGGER result_rollups_results_delete AFTER DELETE ON product_results
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_results();

-- A session moved, re-hosted, put on another channel, cancelled or restored.
CREATE FUNCTION result_rollups_on_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_result_rollups(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.host_id, n.channel_id, n.starts_at, n.status) IS DISTINCT FROM (o.host_id, o.channel_id, o.starts_at, o.status)
      AND EXISTS (SELECT 1 FROM product_results r WHERE r.session_id = n.id)));
  RETURN NULL;
END $$;
CREATE TRIGGER result_rollups_sessions_update AFTER UPDATE ON live_sessions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_sessions();

-- A product moved to another group (an approved revision) or producer.
CREATE FUNCTION result_rollups_on_products() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_result_rollups(ARRAY(
    SELECT DISTINCT r.session_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN product_results r ON r.product_id = n.id
    WHERE (n.group_id, n.producer_id) IS DISTINCT FROM (o.group_id, o.producer_id)));
  RETURN NULL;
END $$;
CREATE TRIGGER result_rollups_products_update AFTER UPDATE ON products
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_products();

-- A producer moved to another province.
CREATE FUNCTION result_rollups_on_producers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_result_rollups(ARRAY(
    SELECT DISTINCT r.session_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN products p ON p.producer_id = n.id JOIN product_results r ON r.product_id = p.id
    WHERE n.province_id IS DISTINCT FROM o.province_id));
  RETURN NULL;
END $$;
CREATE TRIGGER result_rollups_producers_update AFTER UPDATE ON producers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_producers();

-- A certificate added, corrected or removed: the stars in force may change.
CREATE FUNCTION result_rollups_on_certificates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_result_rollups(ARRAY(SELECT DISTINCT r.session_id FROM new_rows n JOIN product_results r ON r.product_id = n.product_id));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_result_rollups(ARRAY(
      SELECT DISTINCT r.session_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN product_results r ON r.product_id IN (n.product_id, o.product_id)
      WHERE (n.stars, n.decision_date, n.product_id) IS DISTINCT FROM (o.stars, o.decision_date, o.product_id)));
  ELSE
    PERFORM refresh_result_rollups(ARRAY(SELECT DISTINCT r.session_id FROM old_rows o JOIN product_results r ON r.product_id = o.product_id));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER result_rollups_certificates_insert AFTER INSERT ON certificates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_certificates();
CREATE TRIGGER result_rollups_certificates_update AFTER UPDATE ON certificates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_certificates();
CREATE TRIGGER result_rollups_certificates_delete AFTER DELETE ON certificates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_on_certificates();

-- What was recorded before this migration.
SELECT refresh_result_rollups(ARRAY(SELECT DISTINCT session_id FROM product_results));
