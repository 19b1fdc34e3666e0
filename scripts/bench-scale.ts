/**
 * `npm run bench:scale`: what a second instance buys (issue "Scale-out").
 *
 * A release (`npm run release`, built against this bench's own embedded database with the demo
 * data: .data/postgres-bench-scale, port 54389) runs as two instances on one Redis (the machine's,
 * or one started here), one behind the other in the recipe's nginx (docs/deploy/nginx.conf, both
 * as upstream servers). autocannon loads, with 20 connections each, a signed-in staff page
 * (/admin/sessions, with a staff session's cookie) and a search (/search?q=…, rendered per request):
 * first one instance directly, then the two through nginx. Budget: the two give at least 1.6× the
 * requests per second of one, with p99 no worse. Then public pages are loaded on both instances
 * directly (no micro-cache in front) and the script prints Redis's hit rate over that run.
 *   npm run bench:scale -- --seconds 10
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { cpus } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { createClient } from "redis";
import { openSession } from "@/lib/auth/sessions";
import { createPrismaClient } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/runtime";
import { PROJECT_ROOT } from "@/lib/root";
import { benchHeader, benchVerdict, budget, printRow } from "./lib/bench-report";
import { stopAll, track } from "./lib/bench-server";
import { startProxy } from "./lib/nginx";
import { testRedis } from "./lib/redis";

const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 10;
const CONNECTIONS = 20;
const PORTS = { a: 3210, b: 3211, proxy: 3212, proxyOne: 3213 };
const RELEASE = path.join(PROJECT_ROOT, ".data", "release-bench-scale");
const SECRET = "bench-scale-secret-0123456789abcdef0123";
const instancePids: number[] = [];
const log = (message: string) => console.log(`[bench:scale] ${message}`);

async function startInstance(port: number, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [path.join(RELEASE, "server.mjs"), "--port", String(port)], {
    cwd: RELEASE,
    env: { ...process.env, ...env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  track(child);
  instancePids.push(child.pid!);
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited with ${child.exitCode}`);
    const status = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the instance on port ${port} did not answer /api/health in 60 s`);
}

type Figures = { rps: number; p50: number; p99: number; errors: number; total: number };

/** CPU time in ms (clock ticks of 10 ms) used so far: by processes, or by the whole machine. */
function processCpu(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone since it was listed
    }
  }
  return ticks * 10;
}
const postgresPids = () => execFileSync("pgrep", ["-x", "postgres"], { encoding: "utf8" }).trim().split("\n").map(Number).filter(Boolean);
function machineCpu(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * 10;
}

/** `paths` gives each request's path (a search for another word each time, say). */
async function load(origin: string, paths: () => string, headers: Record<string, string> = {}, duration = seconds): Promise<Figures> {
  const options = { url: origin, connections: CONNECTIONS, headers, requests: [{ setupRequest: (request: object) => ({ ...request, path: paths() }) }] };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const r = await autocannon({ ...options, duration });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total };
}

async function main() {
  benchHeader("npm run bench:scale");
  // Its own embedded database, whatever DATABASE_URL says: the demo data goes into it.
  process.env.DATABASE_URL = "";
  const database = await openDatabase("app", { log, dataDir: path.join(PROJECT_ROOT, ".data", "postgres-bench-scale"), port: 54389 });
  const proxyDir = path.join(PROJECT_ROOT, ".data", "nginx-bench-scale");
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  let proxyOne: Awaited<ReturnType<typeof startProxy>> | undefined;
  let redis: Awaited<ReturnType<typeof testRedis>> | undefined;
  try {
    log("Building (when the sources changed) and packing the release…");
    const made = spawnSync(process.execPath, ["--import", "tsx", "scripts/release.ts", "--out", RELEASE], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: SECRET, SEED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (made.status !== 0) throw new Error(`npm run release failed (exit ${made.status})`);

    redis = await testRedis();
    const env = { DATABASE_URL: database.url, AUTH_SECRET: SECRET, REDIS_URL: redis.url, REDIS_KEY_PREFIX: `bench-${Date.now()}`, TRUST_PROXY: "1", SEED: "", ADMIN_EMAIL: "" };
    await Promise.all([startInstance(PORTS.a, env), startInstance(PORTS.b, env)]);
    await rm(proxyDir, { recursive: true, force: true });
    proxy = await startProxy({ port: PORTS.proxy, upstreams: [`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`], runDir: proxyDir, root: RELEASE });
    proxyOne = await startProxy({ port: PORTS.proxyOne, upstreams: [`127.0.0.1:${PORTS.a}`], runDir: `${proxyDir}-one`, root: RELEASE });

    // A staff member's session, as signing in makes it (lib/auth/config.ts): a row and its cookie.
    const db = createPrismaClient(database.url);
    let cookie: string;
    let words: string[];
    let sessionPath: string;
    try {
      const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@chophien.test" }, select: { id: true, email: true, name: true } });
      const sid = await openSession(db, staff.id);
      const token = await encode({ token: { sub: staff.id, sid, email: staff.email, name: staff.name }, secret: SECRET, salt: "authjs.session-token", maxAge: 12 * 3600 });
      cookie = `authjs.session-token=${token}`;
      // Words of products' names, a different one for each search: each finds something, and
      // none is answered by nginx's micro-cache (a search is rendered per request).
      const names = await db.product.findMany({ where: { reviewStatus: "APPROVED" }, orderBy: { name: "asc" }, take: 50, select: { name: true } });
      words = [...new Set(names.flatMap((p) => p.name.split(" ")).filter((w) => w.length >= 3))];
      sessionPath = `/sessions/${(await db.liveSession.findFirstOrThrow({ orderBy: { startsAt: "desc" }, select: { id: true } })).id}`;
    } finally {
      await db.$disconnect();
    }
    const me = (await (await fetch(`http://127.0.0.1:${PORTS.a}/api/me`, { headers: { cookie } })).json()) as { user?: { role?: string } };
    if (me.user?.role !== "STAFF") throw new Error("the staff cookie made here is not accepted: /api/me answered without a staff user");

    let searches = 0;
    const targets = [
      { name: "/admin/sessions (staff)", paths: () => "/admin/sessions", headers: { cookie } },
      { name: `/search?q=… (${words.length} words)`, paths: () => `/search?q=${encodeURIComponent(words[searches % words.length]!)}&n=${searches++}`, headers: {} as Record<string, string> },
    ];
    console.log(`\nautocannon, ${CONNECTIONS} connections, ${seconds} s per measurement after a 2 s warm-up; release ${path.relative(PROJECT_ROOT, RELEASE)}, Redis ${redis.url}\n`);
    const row = (cells: (string | number)[]) => printRow(cells, 34, { alignFirst: "right" });
    row(["", "req/s", "p50 ms", "p99 ms", "errors"]);
    for (const t of targets) {
      // Both instances' code compiled (JIT) for this page before anything is timed.
      for (const port of [PORTS.a, PORTS.b]) await load(`http://127.0.0.1:${port}`, t.paths, t.headers, 5);
      const direct = await load(`http://127.0.0.1:${PORTS.a}`, t.paths, t.headers);
      // Where one instance's CPU time goes: what a second instance can add on this machine.
      const before = { app: processCpu(instancePids), pg: processCpu(postgresPids()), all: machineCpu() };
      const one = await load(`http://127.0.0.1:${PORTS.proxyOne}`, t.paths, t.headers);
      const used = { app: processCpu(instancePids) - before.app, pg: processCpu(postgresPids()) - before.pg, all: machineCpu() - before.all };
      const two = await load(`http://127.0.0.1:${PORTS.proxy}`, t.paths, t.headers);
      row([`${t.name}: one instance, direct`, direct.rps.toFixed(0), direct.p50, direct.p99, direct.errors]);
      row([`  one instance behind nginx`, one.rps.toFixed(0), one.p50, one.p99, one.errors]);
      row([`  two instances behind nginx`, two.rps.toFixed(0), two.p50, two.p99, two.errors]);
      const ratio = two.rps / one.rps;
      row([`  two ÷ one behind nginx`, `${ratio.toFixed(2)}×`, "", two.p99 <= one.p99 ? "no worse" : "WORSE", ""]);
      row([`  two behind nginx ÷ one direct`, `${(two.rps / direct.rps).toFixed(2)}×`, "", two.p99 <= direct.p99 ? "no worse" : "WORSE", ""]);
      // The warm-up's requests count too: the CPU was measured over both.
      const perRequest = (ms: number) => ms / (one.total + Math.round(one.rps * 2));
      const [app, pg, rest] = [perRequest(used.app), perRequest(used.pg), perRequest(used.all - used.app - used.pg)];
      console.log(
        `    CPU per request, one instance: app ${app.toFixed(1)} ms, PostgreSQL ${pg.toFixed(1)} ms, the rest (nginx, load generator, kernel) ${rest.toFixed(1)} ms: ` +
          `on ${cpus().length} cores, instances sharing them can give at most ${((cpus().length * app) / (app + pg + rest)).toFixed(2)}× one instance's rate`,
      );
      budget(ratio >= 1.6, `${t.name}: two instances give ${ratio.toFixed(2)}× the requests per second of one, both behind nginx (< 1.6×)`);
      budget(two.p99 <= one.p99, `${t.name}: p99 ${two.p99} ms with two instances, ${one.p99} ms with one`);
      budget(direct.errors + one.errors + two.errors === 0, `${t.name}: requests failed`);
    }

    // Public pages on both instances directly (nginx's micro-cache would answer most of them):
    // how often Next's cache, in Redis, had the page.
    const client = createClient({ url: redis.url });
    await client.connect();
    const stats = async () => {
      const info = await client.info("stats");
      const read = (name: string) => Number(new RegExp(`${name}:(\\d+)`).exec(info)?.[1] ?? 0);
      return { hits: read("keyspace_hits"), misses: read("keyspace_misses") };
    };
    const requests = ["/", "/schedule", sessionPath, "/en/schedule"].map((p) => ({ path: p }));
    const before = await stats();
    // Beside the load, a sample of the same pages: how Next answered each (x-nextjs-cache: HIT from
    // the cache, STALE served while revalidating, MISS rendered).
    const answers = new Map<string, number>();
    let sampling = true;
    const sampler = (async () => {
      for (let i = 0; sampling; i++) {
        const response = await fetch(`http://127.0.0.1:${i % 2 ? PORTS.b : PORTS.a}${requests[i % requests.length]!.path}`);
        await response.arrayBuffer();
        const answer = response.headers.get("x-nextjs-cache") ?? "(none)";
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
      }
    })();
    const runs = await Promise.all(
      [PORTS.a, PORTS.b].map((port) => autocannon({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS / 2, duration: seconds, requests })),
    );
    sampling = false;
    await sampler;
    const after = await stats();
    await client.quit();
    const hits = after.hits - before.hits;
    const misses = after.misses - before.misses;
    const served = runs.reduce((n, r) => n + r.requests.total, 0);
    const failed = runs.reduce((n, r) => n + r.errors + r.non2xx, 0);
    const sampled = [...answers.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\nPublic pages (${requests.map((r) => r.path).join(", ")}) on both instances, ${CONNECTIONS} connections, ${seconds} s: ${served} requests, ` +
        `${(served / seconds).toFixed(0)} req/s.\n  Next's cache (Redis) answered, in a sample of ${sampled}: ` +
        `${[...answers].map(([k, n]) => `${k} ${((100 * n) / sampled).toFixed(1)} %`).join(", ")}.\n  Redis's own count: ${hits} hits, ${misses} misses ` +
        `(hit rate ${((100 * hits) / Math.max(1, hits + misses)).toFixed(1)} %; a page read is a GET of the entry and, for a tagged page, an HMGET of the revalidated-tags hash, ` +
        `a miss until some tag is revalidated. concurrent requests for one page share one read: Next batches them, so fewer reads than requests reach Redis).`,
    );
    budget(failed === 0, "public pages: requests failed");
  } finally {
    await proxy?.stop();
    await proxyOne?.stop();
    await stopAll();
    await redis?.stop();
    await database.stop();
  }
  benchVerdict();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
