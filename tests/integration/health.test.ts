import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { isDraining, markDraining } from "@/lib/health/draining";

describe("/api/health", () => {
  it("is 200 while the database answers, and 503 'draining' once the server has begun to stop", async () => {
    expect(isDraining()).toBe(false);
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok", database: true });

    // What scripts/start.ts does on SIGINT or SIGTERM: a load balancer stops sending requests.
    markDraining();
    const draining = await GET();
    expect(draining.status).toBe(503);
    expect(draining.headers.get("cache-control")).toBe("no-store");
    expect(await draining.json()).toEqual({ status: "draining", database: null });
  });
});
