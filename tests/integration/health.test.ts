import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { isDraining, markDraining } from "@/lib/health/draining";

/** The machine's Redis (started before every session and CI run), or the one TEST_REDIS_URL names. */
const REDIS = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

afterEach(() => {
  delete process.env.REDIS_URL;
});

describe("/api/health", () => {
  it("says where the page cache is: each instance's own, a Redis that answers, or one that does not (still 200)", async () => {
    expect(await (await GET()).json()).toEqual({ status: "ok", database: true, cache: "local" });

    process.env.REDIS_URL = REDIS;
    const shared = await GET();
    expect(shared.status).toBe(200);
    expect(await shared.json()).toEqual({ status: "ok", database: true, cache: "shared" });

    // Nothing listens there: pages are still served (rendered uncached), so the instance stays in the pool.
    process.env.REDIS_URL = "redis://127.0.0.1:1";
    const away = await GET();
    expect(away.status).toBe(200);
    expect(await away.json()).toEqual({ status: "degraded", database: true, cache: "unavailable" });
  });

  it("is 200 while the database answers, and 503 'draining' once the server has begun to stop", async () => {
    expect(isDraining()).toBe(false);
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok", database: true, cache: "local" });

    // What scripts/start.ts does on SIGINT or SIGTERM: a load balancer stops sending requests.
    markDraining();
    const draining = await GET();
    expect(draining.status).toBe(503);
    expect(draining.headers.get("cache-control")).toBe("no-store");
    expect(await draining.json()).toEqual({ status: "draining", database: null, cache: null });
  });
});
