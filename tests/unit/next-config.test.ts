import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const load = async () => (await import("@/next.config")).default;

describe("next.config", () => {
  it("takes the build's id from BUILD_ID, or leaves it to Next (a random one) when unset", async () => {
    vi.stubEnv("BUILD_ID", "50641f9");
    expect(await (await load()).generateBuildId!()).toBe("50641f9");
    vi.stubEnv("BUILD_ID", "");
    vi.resetModules();
    expect(await (await load()).generateBuildId!()).toBeNull();
  });

  it("puts Next's cache in Redis only when REDIS_URL is set", async () => {
    vi.stubEnv("REDIS_URL", "");
    expect((await load()).cacheHandler).toBeUndefined();
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:6379");
    vi.resetModules();
    const config = await load();
    expect(config.cacheHandler).toMatch(/lib\/cache\/cache-handler\.mjs$/);
    expect(config.cacheMaxMemorySize).toBe(0);
  });
});
