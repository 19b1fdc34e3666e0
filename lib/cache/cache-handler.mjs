// Next's page and data cache in Redis, shared by every instance (docs/decisions/0014-shared-cache.md).
// next.config.ts names this file only when REDIS_URL is set; without it Next keeps its own
// in-process cache, as for one instance. Plain JavaScript: Next loads it as it is, at run time.
//
// The handler is @fortedigital/nextjs-cache-handler's (maintained, for Next 15 and 16): entries as
// strings under a prefix of the build's id (a new build never reads an old one's pages), tags and
// their revalidation times in Redis, so revalidateTag on any instance reaches all. Redis down:
// every read is a miss (the page is rendered, uncached) and writes are dropped; node-redis
// reconnects by itself and the cache fills again. Nothing is lost but cached copies.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

const shared = (globalThis.__ocopCacheHandler ??= { config: null });

CacheHandler.onCreation(({ buildId }) => {
  // One client per process (Next creates a handler per request).
  if (shared.config) return shared.config;
  const client = createClient({
    url: process.env.REDIS_URL,
    // Fail fast while Redis is away (no queue of commands waiting for it), try again every few seconds.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5_000) },
  });
  // Connection errors are expected while Redis is away; /api/health reports the cache's state.
  client.on("error", () => {});
  client.connect().catch(() => {});
  const prefix = `${process.env.REDIS_KEY_PREFIX ?? "ocop"}:${buildId ?? "dev"}:`;
  shared.config = {
    handlers: [
      createRedisHandler({
        client,
        keyPrefix: prefix,
        sharedTagsKey: `${prefix}tags`,
        sharedTagsTtlKey: `${prefix}tag-ttls`,
        // A page render waits at most this long for Redis before treating the read as a miss.
        timeoutMs: 1_000,
      }),
    ],
  };
  return shared.config;
});

export default CacheHandler;
