/** True for a unique-constraint violation (Prisma's P2002), e.g. a row two requests inserted at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * True when PostgreSQL gave up a transaction that may simply be run again: a deadlock (40P01) or a
 * serialization failure (40001), which Prisma reports as P2034. Fifty requests booking the same
 * slot at once can deadlock on the exclusion constraint's index; the loser is retried, then refused
 * as a clash like any other.
 */
export function isRetryableConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: string; meta?: { code?: string } };
  return code === "P2034" || code === "40P01" || code === "40001" || meta?.code === "40P01" || meta?.code === "40001";
}

/**
 * True when a transaction could not even start: every connection of the pool stayed busy for
 * `maxWait` (Prisma's P2028 "Unable to start a transaction in the given time"). Nothing was
 * written; the request may be sent again once the database has caught up.
 */
export function isTransactionStartTimeout(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: string; message?: string };
  return code === "P2028" && typeof message === "string" && message.includes("Unable to start a transaction");
}
