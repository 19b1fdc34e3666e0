-- Written by hand: the order rollup keeps the session of its lines (the zero uuid for lines outside
-- sessions) instead of only whether there was one, so that a producer's own page — sessions and
-- months — reads it too: a large shop's Saturday is 200,000 lines, too many to sum on each visit.
TRUNCATE "order_rollups";
ALTER TABLE "order_rollups" DROP CONSTRAINT "order_rollups_pkey",
  DROP COLUMN "in_session",
  ADD COLUMN "session_id" UUID NOT NULL,
  ADD CONSTRAINT "order_rollups_pkey" PRIMARY KEY ("producer_id", "product_id", "day", "session_id");

CREATE OR REPLACE FUNCTION refresh_order_rollups(shop uuid, days date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM order_rollups WHERE producer_id = shop AND day = ANY(days);
  INSERT INTO order_rollups (producer_id, product_id, day, session_id, lines, orders, gross, cancelled, refunded, damage)
  SELECT shop, coalesce(l.product_id, '00000000-0000-0000-0000-000000000000'), d.day, coalesce(l.session_id, '00000000-0000-0000-0000-000000000000'),
         count(*), count(DISTINCT l.order_id), sum(l.gross_vnd), sum(l.cancelled_vnd), sum(l.refunded_vnd), coalesce(sum(l.refunded_vnd) FILTER (WHERE l.damage), 0)
  FROM (SELECT DISTINCT day FROM unnest(days) AS k(day)) d
  JOIN order_lines l ON l.producer_id = shop
   AND l.paid_time >= (d.day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND l.paid_time < ((d.day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
  GROUP BY 2, 3, 4;
$$;

INSERT INTO "order_rollups" (producer_id, product_id, day, session_id, lines, orders, gross, cancelled, refunded, damage)
SELECT producer_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000'), (paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       coalesce(session_id, '00000000-0000-0000-0000-000000000000'),
       count(*), count(DISTINCT order_id), sum(gross_vnd), sum(cancelled_vnd), sum(refunded_vnd), coalesce(sum(refunded_vnd) FILTER (WHERE damage), 0)
FROM order_lines WHERE paid_time IS NOT NULL
GROUP BY 1, 2, 3, 4;
