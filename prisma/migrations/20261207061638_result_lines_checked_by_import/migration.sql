-- DropForeignKey
ALTER TABLE "product_results" DROP CONSTRAINT "product_results_import_id_fkey";

-- (The generator also proposed rebuilding result_days_pkey without its INCLUDE columns, which the
-- schema cannot express: left out, as in every migration since 20261202042151_result_days.)

-- Written by hand (docs/decisions/0021-result-lines-without-row-checks.md): what the import key's
-- foreign key did, once per statement instead of once per line. A results import writes its own
-- id, created a moment before in the same transaction, on every line it writes; the key checked
-- that row again for each of them. Deleting an import still clears the lines that name it
-- (ON DELETE SET NULL, as the key did); the portal deletes none. No index on import_id: the clearing
-- reads the lines once per statement, and nothing else looks lines up by their import.
CREATE FUNCTION result_lines_forget_imports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE product_results r SET import_id = NULL FROM gone g WHERE r.import_id = g.id;
  RETURN NULL;
END $$;

CREATE TRIGGER result_lines_forget_imports AFTER DELETE ON result_imports
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION result_lines_forget_imports();
