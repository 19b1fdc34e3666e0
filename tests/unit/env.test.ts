import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(source, { forServer: true });
    return [];
  } catch (error) {
    return (error as EnvError).problems;
  }
};

describe("the configuration", () => {
  it("needs AUTH_SECRET in production mode, and names each bad variable", () => {
    expect(problems({})).toEqual([]);
    expect(problems({ DATABASE_URL: "postgresql://db.example/ocop" })).toEqual([expect.stringMatching(/^AUTH_SECRET: is required/)]);
    expect(problems({ PORT: "70000", LOG_LEVEL: "loud" }).map((p) => p.split(":")[0]).sort()).toEqual(["LOG_LEVEL", "PORT"]);
    expect(problems({ DATABASE_POOL_SIZE: "25" })).toEqual([]);
    expect(problems({ DATABASE_POOL_SIZE: "1" })).toEqual([expect.stringMatching(/^DATABASE_POOL_SIZE: must be at least 2/)]);
    expect(problems({ DATABASE_POOL_SIZE: "ten" }).map((p) => p.split(":")[0])).toEqual(["DATABASE_POOL_SIZE"]);
  });

  it("checks what several instances share: Redis, the bucket, the build id and the server actions' key", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(problems({ REDIS_URL: "redis://cache.internal:6379", S3_BUCKET: "ocop-uploads", S3_ENDPOINT: "http://127.0.0.1:9000", BUILD_ID: "50641f9", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toEqual([]);
    expect(problems({ REDIS_URL: "http://cache.internal" })).toEqual([expect.stringMatching(/^REDIS_URL: must be a redis:\/\//)]);
    expect(problems({ S3_BUCKET: "Not_A_Bucket" })).toEqual([expect.stringMatching(/^S3_BUCKET: /)]);
    expect(problems({ BUILD_ID: "release 1" })).toEqual([expect.stringMatching(/^BUILD_ID: /)]);
    expect(problems({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toEqual([expect.stringMatching(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 32 random bytes/)]);
    // An empty value is the same as unset.
    expect(problems({ REDIS_URL: "", S3_BUCKET: "" })).toEqual([]);
  });
});
