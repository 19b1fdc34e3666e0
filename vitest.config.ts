import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Queries import "server-only", which throws outside React Server Components; tests call them directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/integration-global.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts", "tests/support/integration-db.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          // Each file has a database of its own, so files run side by side: two at a time spend
          // the time one spends waiting on PostgreSQL (and child processes) on the other (174 s →
          // 114 s on the 2-core machine, where Vitest's default would be one).
          maxWorkers: 2,
        },
      },
    ],
  },
});
