import type pg from "pg";

/**
 * Every connection the portal opens runs its session in UTC. @prisma/adapter-pg writes a
 * timestamptz as UTC wall-clock time without an offset and strips the offset when reading: on a
 * server whose default zone is Asia/Ho_Chi_Minh (common with Vietnamese hosting), or an embedded
 * cluster initialised under another TZ, every instant would be stored shifted by that zone while
 * the pages still looked right. SQL rollups by Vietnam day, backups and every other client would
 * see wrong times. The startup option overrides the server's, the database's and the role's default.
 */
export const UTC_SESSION_OPTIONS = "-c TimeZone=UTC";

/** pg connection settings for a URL, in UTC. */
export function connectionConfig(url: string, extra: pg.PoolConfig = {}): pg.PoolConfig {
  return { connectionString: url, options: UTC_SESSION_OPTIONS, ...extra };
}
