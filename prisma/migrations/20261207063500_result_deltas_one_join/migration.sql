-- Written by hand (docs/decisions/0021-result-lines-without-row-checks.md): a figures-only update
-- of result lines (a results import's confirmation) joined its old and new rows twice — once to
-- count whether every line kept its key, once for the differences — and hashed every session to
-- find the changed lines' days. Now one join gives both (a gate in the same statement), and only
-- the changed lines' sessions are read. Nothing else in the function changes.

CREATE OR REPLACE FUNCTION result_rollups_on_results() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  every_line_kept_its_key boolean;
  days date[];
  cp uuid[]; cm date[]; co bigint[]; cu bigint[]; cg bigint[]; cs bigint[]; cc bigint[]; cr bigint[]; cd bigint[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Figures changed on the same keys (every new row has its old one): the rollups move by the
    -- differences. Whether every row kept its key is read from the join that gives the differences
    -- (it was a join of its own); when one did not, the gate leaves every difference out, nothing
    -- below changes, and the keys' rollups are rebuilt further down instead.
    -- EXECUTE: planned for this statement's row counts (a cached plan would be made for one line).
    EXECUTE $q$
      WITH pairs AS MATERIALIZED (
        SELECT n.session_id, n.product_id, (n.orders - o.orders)::bigint AS orders, (n.units_sold - o.units_sold)::bigint AS units, n.gmv_vnd - o.gmv_vnd AS gmv,
               n.cancelled_vnd - o.cancelled_vnd AS cancelled, n.refunded_vnd - o.refunded_vnd AS refunded, n.damage_vnd - o.damage_vnd AS damage
        FROM new_rows n JOIN old_rows o ON o.session_id = n.session_id AND o.product_id = n.product_id),
      gate AS (SELECT (SELECT count(*) FROM pairs) = (SELECT count(*) FROM new_rows) AS kept),
      -- Every figure is NOT NULL: a line changed when one of its differences is not zero.
      d AS (SELECT * FROM pairs WHERE (SELECT kept FROM gate) AND (orders, units, gmv, cancelled, refunded, damage) <> (0, 0, 0, 0, 0, 0)),
      lines AS MATERIALIZED (
        SELECT d.*, s.day, date_trunc('month', s.day)::date AS month, p.producer_id, p.group_id
        FROM d
        -- Only the changed lines' sessions, by primary key (not a hash of every session).
        JOIN (SELECT id, (starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day FROM live_sessions
              WHERE id IN (SELECT DISTINCT session_id FROM d) AND status <> 'CANCELLED') s ON s.id = d.session_id
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
      SELECT (SELECT kept FROM gate), ARRAY(SELECT DISTINCT day FROM rollups), array_agg(product_id), array_agg(month), array_agg(orders), array_agg(units), array_agg(gmv), array_agg(0::bigint),
             array_agg(cancelled), array_agg(refunded), array_agg(damage)
      FROM (SELECT product_id, month, sum(orders)::bigint AS orders, sum(units)::bigint AS units, sum(gmv)::bigint AS gmv,
                   sum(cancelled)::bigint AS cancelled, sum(refunded)::bigint AS refunded, sum(damage)::bigint AS damage FROM lines GROUP BY 1, 2) x
    $q$ INTO every_line_kept_its_key, days, cp, cm, co, cu, cg, cs, cc, cr, cd;
    IF every_line_kept_its_key THEN
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
