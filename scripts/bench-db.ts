import path from "node:path";
import { startEmbeddedPostgres, ensureDatabase } from "@/lib/db/embedded";
import { PROJECT_ROOT } from "@/lib/db/runtime";

/** The benchmark database's shared memory for its pages (see below). */
export const BENCH_SHARED_BUFFERS = "2GB";

/** The report benchmark's database: BENCH_DATABASE_URL, or its own embedded cluster (never the demo data). */
export async function openBenchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  // Sized as a production server would be (PostgreSQL's advice: shared_buffers about a quarter of
  // memory; this machine has 24 GiB): with the 128 MB default the two million lines and their
  // rollups do not fit, and every import evicted and re-read pages, varying 8.6–11.9 s run to run.
  const server = await startEmbeddedPostgres({
    dataDir: path.join(PROJECT_ROOT, ".data/postgres-bench-reports"),
    port: 54379,
    settings: { shared_buffers: BENCH_SHARED_BUFFERS },
  });
  const url = server.urlFor("ocop_bench");
  await ensureDatabase(url, "ocop_bench");
  return { url, stop: server.stop };
}
