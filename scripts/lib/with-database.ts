import { openDatabase, type OpenedDatabase } from "@/lib/db/runtime";

/**
 * The frame of a command-line script on the database: open it (DATABASE_URL, or the embedded
 * server), run the work, print a failure as one line and exit non-zero, and stop the embedded
 * server whatever happened.
 */
export async function withDatabase(log: (message: string) => void, work: (database: OpenedDatabase) => Promise<void>): Promise<void> {
  const database = await openDatabase("app", { log });
  try {
    await work(database);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await database.stop();
  }
}
