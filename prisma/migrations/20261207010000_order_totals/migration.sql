-- Written by hand: the centre's order report (all time: by province, per shop in and out of
-- sessions, the damage-rate list) read the whole order rollup three times — a row per shop,
-- product, day and session, 150,000 rows at programme scale. This table is that rollup summed per
-- shop, product and in/out of session (about a row per product), kept by the same function the
-- import calls, for the shop it imported.
CREATE TABLE "order_totals" (
    "producer_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "in_session" BOOLEAN NOT NULL,
    "lines" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL,
    "gross" BIGINT NOT NULL,
    "cancelled" BIGINT NOT NULL,
    "refunded" BIGINT NOT NULL,
    "damage" BIGINT NOT NULL,
    CONSTRAINT "order_totals_pkey" PRIMARY KEY ("producer_id", "product_id", "in_session")
);

CREATE OR REPLACE FUNCTION refresh_order_rollups(shop uuid, days date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM order_rollups WHERE producer_id = shop AND day = ANY(days);
  INSERT INTO order_rollups (producer_id, product_id, day, session_id, lines, orders, gross, cancelled, refunded, damage)
  SELECT shop, coalesce(l.product_id, '00000000-0000-0000-0000-000000000000'), d.day, coalesce(l.session_id, '00000000-0000-0000-0000-000000000000'),
         count(*), count(DISTINCT l.order_id), sum(l.gross_vnd), sum(l.cancelled_vnd), sum(l.refunded_vnd), coalesce(sum(l.refunded_vnd) FILTER (WHERE l.damage), 0)
  FROM (SELECT DISTINCT day FROM unnest(days) AS k(day)) d
  JOIN order_lines l ON l.producer_id = shop
   AND l.paid_time >= (d.day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND l.paid_time < ((d.day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
  GROUP BY 2, 3, 4;
  -- The shop's totals from its rollup rows (a few hundred for a shop's five years).
  DELETE FROM order_totals WHERE producer_id = shop;
  INSERT INTO order_totals (producer_id, product_id, in_session, lines, orders, gross, cancelled, refunded, damage)
  SELECT producer_id, product_id, session_id <> '00000000-0000-0000-0000-000000000000', sum(lines), sum(orders), sum(gross), sum(cancelled), sum(refunded), sum(damage)
  FROM order_rollups WHERE producer_id = shop
  GROUP BY 1, 2, 3;
$$;

INSERT INTO "order_totals" (producer_id, product_id, in_session, lines, orders, gross, cancelled, refunded, damage)
SELECT producer_id, product_id, session_id <> '00000000-0000-0000-0000-000000000000', sum(lines), sum(orders), sum(gross), sum(cancelled), sum(refunded), sum(damage)
FROM order_rollups GROUP BY 1, 2, 3;
