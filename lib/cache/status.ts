import { createClient, type RedisClientType } from "redis";
import { env } from "@/lib/env";

export type CacheStatus = "local" | "shared" | "unavailable";

const globalForRedis = globalThis as unknown as { __ocopHealthRedis?: { url: string; client: RedisClientType; connecting: Promise<unknown> } };
const within = (ms: number) => new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms).unref());

/**
 * Where Next's cache lives, for /api/health: "local" (no REDIS_URL: each instance's own),
 * "shared" (Redis answers) or "unavailable" (Redis set but not answering: pages are still served,
 * rendered without the cache, until it is back).
 */
export async function cacheStatus(): Promise<CacheStatus> {
  const url = env().REDIS_URL;
  if (!url) return "local";
  if (globalForRedis.__ocopHealthRedis?.url !== url) {
    const client: RedisClientType = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(250 * 2 ** retries, 5_000) },
    });
    client.on("error", () => {});
    globalForRedis.__ocopHealthRedis = { url, client, connecting: client.connect().catch(() => {}) };
  }
  const { client, connecting } = globalForRedis.__ocopHealthRedis;
  try {
    if (!client.isReady) await Promise.race([connecting, within(1_000)]);
    const answer = await Promise.race([client.ping(), within(1_000)]);
    return answer === "PONG" ? "shared" : "unavailable";
  } catch {
    return "unavailable";
  }
}
