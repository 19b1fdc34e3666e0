import path from "node:path";

/** Next's own default size of its in-process cache, in bytes. */
const NEXT_MEMORY_CACHE = 50 * 1024 * 1024;

/**
 * Where Next keeps its page and data cache and its tags: with REDIS_URL, in Redis, shared by
 * every instance (cache-handler.mjs in this folder; docs/decisions/0014-shared-cache.md);
 * without it, Next's own in-process cache. next.config.ts uses it at build time, and the server
 * (scripts/start.ts) again when it starts, so that what counts is REDIS_URL where it runs.
 */
export function cacheSettings(redisUrl: string | undefined, root: string): { cacheHandler: string | undefined; cacheMaxMemorySize: number } {
  return redisUrl
    ? { cacheHandler: path.join(root, "lib", "cache", "cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : { cacheHandler: undefined, cacheMaxMemorySize: NEXT_MEMORY_CACHE };
}
