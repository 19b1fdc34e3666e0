import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { ImportPhase, ImportProgress } from "./import";
import { JobIdSchema } from "./schema";

/** How often, at most, progress is written while an import runs. */
const EVERY_MS = 250;

/**
 * A progress callback for an import that writes, outside the import's transaction and at most
 * every quarter second, how far it has got. Writes are queued one after the other and never fail
 * the import. A job id belongs to the user who first used it.
 */
export function importProgress(job: string, userId: string): ImportProgress {
  let last = 0;
  let lastPhase: ImportPhase | null = null;
  let queue: Promise<unknown> = db.$executeRaw`DELETE FROM import_progress WHERE updated_at < now() - interval '1 day'`.catch(() => {});
  return (phase, done, total) => {
    const now = Date.now();
    if (phase === lastPhase && now - last < EVERY_MS && done < total) return;
    last = now;
    lastPhase = phase;
    queue = queue
      .then(
        () => db.$executeRaw`
          INSERT INTO import_progress (id, user_id, phase, done, total, updated_at) VALUES (${job}::uuid, ${userId}::uuid, ${phase}, ${done}, ${total}, now())
          ON CONFLICT (id) DO UPDATE SET phase = EXCLUDED.phase, done = EXCLUDED.done, total = EXCLUDED.total, updated_at = now()
          WHERE import_progress.user_id = EXCLUDED.user_id`,
      )
      .catch(() => {});
  };
}

export type ImportProgressView = { phase: ImportPhase; done: number; total: number };

/** The progress of one of the user's own imports, or null. */
export async function readImportProgress(user: CurrentUser | null, job: string): Promise<ImportProgressView | null> {
  assertRole(user, STAFF_ROLES);
  if (!JobIdSchema.safeParse(job).success) return null;
  const row = await db.importProgress.findFirst({ where: { id: job, userId: user!.id }, select: { phase: true, done: true, total: true } });
  return row ? { phase: row.phase as ImportPhase, done: row.done, total: row.total } : null;
}
