-- CreateTable
CREATE TABLE "order_rollups" (
    "producer_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "in_session" BOOLEAN NOT NULL,
    "lines" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL,
    "gross" BIGINT NOT NULL,
    "cancelled" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "damage" BIGINT NOT NULL,

    CONSTRAINT "order_rollups_pkey" PRIMARY KEY ("producer_id","product_id","day","in_session")
);

-- CreateIndex
CREATE INDEX "order_rollups_day_idx" ON "order_rollups"("day");

-- Written by hand: the order lines imported before this migration.
INSERT INTO "order_rollups" (producer_id, product_id, day, in_session, lines, orders, gross, cancelled, refunded, damage)
SELECT producer_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000'), (paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, session_id IS NOT NULL,
       count(*), count(DISTINCT order_id), sum(gross_vnd), sum(cancelled_vnd), sum(refunded_vnd), coalesce(sum(refunded_vnd) FILTER (WHERE damage), 0)
FROM order_lines WHERE paid_time IS NOT NULL
GROUP BY 1, 2, 3, 4;

-- Recomputes one shop's rows of some days (Vietnam dates of payment) from its order lines, through
-- the lines' (producer_id, paid_time) index. The order import calls it for the days it touched.
CREATE FUNCTION refresh_order_rollups(shop uuid, days date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM order_rollups WHERE producer_id = shop AND day = ANY(days);
  INSERT INTO order_rollups (producer_id, product_id, day, in_session, lines, orders, gross, cancelled, refunded, damage)
  SELECT shop, coalesce(l.product_id, '00000000-0000-0000-0000-000000000000'), d.day, l.session_id IS NOT NULL,
         count(*), count(DISTINCT l.order_id), sum(l.gross_vnd), sum(l.cancelled_vnd), sum(l.refunded_vnd), coalesce(sum(l.refunded_vnd) FILTER (WHERE l.damage), 0)
  FROM (SELECT DISTINCT day FROM unnest(days) AS k(day)) d
  JOIN order_lines l ON l.producer_id = shop
   AND l.paid_time >= (d.day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND l.paid_time < ((d.day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
  GROUP BY 2, 3, 4;
$$;
