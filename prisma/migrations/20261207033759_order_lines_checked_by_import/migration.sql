-- DropForeignKey
ALTER TABLE "order_lines" DROP CONSTRAINT "order_lines_import_id_fkey";

-- DropForeignKey
ALTER TABLE "order_lines" DROP CONSTRAINT "order_lines_producer_id_fkey";

-- (The generator also proposed rebuilding result_days_pkey without its INCLUDE columns, which the
-- schema cannot express: left out, as in every migration since 20261202042151_result_days.)

-- Written by hand: what the import key's foreign key also did, once per statement instead of once
-- per line — an order import that order lines still name cannot be deleted; its producer then
-- cannot be either (order_imports.producer_id is a foreign key), so a line's producer, always its
-- import's, stays too (docs/decisions/0020-order-lines-without-row-checks.md). Lines are written
-- only by the order import, which creates their import, of their producer, in the same transaction.
-- No index on import_id: the check reads the lines once per statement, and imports are never deleted
-- by the portal (only by tests, on small tables).
CREATE FUNCTION order_lines_keep_imports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM gone g JOIN order_lines l ON l.import_id = g.id) THEN
    RAISE EXCEPTION 'order lines still name this order import' USING ERRCODE = 'foreign_key_violation', TABLE = 'order_lines';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER order_lines_keep_imports AFTER DELETE ON order_imports
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION order_lines_keep_imports();
