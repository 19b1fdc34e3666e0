import path from "node:path";
import { startEmbeddedPostgres, ensureDatabase } from "@/lib/db/embedded";
import { PROJECT_ROOT } from "@/lib/db/runtime";

/** The report benchmark's database: BENCH_DATABASE_URL, or its own embedded cluster (never the demo data). */
export async function openBenchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, ".data/postgres-bench-reports"), port: 54379 });
  const url = server.urlFor("ocop_bench");
  await ensureDatabase(url, "ocop_bench");
  return { url, stop: server.stop };
}
