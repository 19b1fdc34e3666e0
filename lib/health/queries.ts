import "server-only";
import { db } from "@/lib/db/client";

export { cacheStatus } from "@/lib/cache/status";

/** True when the database answers; used by /api/health. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
