-- Written by hand.
-- Order lines: a later export mostly changes statuses, returns and refunds (no indexed column):
-- room on each page lets those updates stay HOT (no index entry written). The lines outside
-- sessions are read through the (producer_id, paid_time) index as well; the partial one only
-- cost every write.
ALTER TABLE "order_lines" SET (fillfactor = 90);
DROP INDEX "order_lines_outside_idx";
-- Nothing reads the lines by product alone (the order reports read order_rollups; a session's
-- lines are found by (session_id, product_id)), and products are rejected, not deleted.
DROP INDEX "order_lines_product_id_idx";
