/**
 * `npm start`: everything a fresh clone needs to serve the portal, in one process.
 *
 *  1. the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (started here)
 *  0. the configuration, validated by lib/env.ts: a bad value stops here, naming the variable
 *  2. migrations; reference data into an empty database; demo data only into the embedded
 *     default database when it is empty, or where asked for (--seed, SEED=1). A production
 *     database (DATABASE_URL) gets no account: ADMIN_EMAIL (or `npm run admin:create`) makes the
 *     first admin, with a one-time link to set a password, printed once
 *  3. a production build when the sources changed since the last one (--no-build skips it)
 *  4. the Next.js server, in this process, so that a `kill -9` leaves no web server behind;
 *     the next start shuts down the orphaned PostgreSQL (lib/db/embedded.ts)
 *
 * Options: --port N (or PORT, default 3000), --data-dir DIR and --pg-port N (embedded server),
 * --seed, --no-seed, --no-build, --dev (next dev instead of a production build), --fresh (drop and
 * recreate the embedded database first: the end-to-end tests start from known demo data),
 * --build-only (steps 1–3, then stop: `npm run release` builds this way).
 *
 * In a release folder (`npm run release`: this file bundled as server.mjs, the build, no sources)
 * step 3 is skipped and DATABASE_URL is required: a release is for production.
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { createPrismaClient } from "@/lib/db/client";
import { EnvError, parseEnv } from "@/lib/env";
import { markDraining } from "@/lib/health/draining";
import { bootstrapAdmin, hasActiveAdmin } from "@/lib/users/bootstrap";
import { recreateDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { openDatabase, PROJECT_ROOT } from "@/lib/db/runtime";
import { cacheSettings } from "@/lib/cache/next-cache";
import { loggablePath, logger } from "@/lib/observability/log";
import { requestIdFrom, runWithRequest, type RequestContext } from "@/lib/observability/request-context";
import { CLIENT_IP_HEADER, parseTrustProxy, resolveClientIp } from "@/lib/security/client-ip";
import { DEMO_ACCOUNTS, seed } from "@/prisma/seed";
import { isDocumentRequest } from "@/lib/public/documents";
import { actionGate } from "./lib/action-gate";
import { isUndecodablePath, sendBadAddress } from "./lib/bad-address";
import { printAccounts } from "./lib/banner";
import { serveDocument } from "./lib/document-response";
import { findIslands } from "./lib/islands";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dev = flag("dev");
/** A release folder (scripts/release.ts) holds the build and this server, not the sources. */
const release = existsSync(path.join(PROJECT_ROOT, "release.json"));
const config = (() => {
  try {
    return parseEnv(process.env, { forServer: true });
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[ocop] ${error.message}\n[ocop] See the README's Configuration section.`);
    process.exit(1);
  }
})();
const port = Number(option("port") ?? config.PORT ?? 3000);
const hostname = config.HOST ?? "0.0.0.0";
// Links printed before the server is up (the first admin's) name this port.
process.env.PORT = String(port);
const started = Date.now();
const log = (message: string) => console.log(`[ocop] ${message}`);

/**
 * AUTH_SECRET signs session cookies. Production mode (DATABASE_URL) requires it (checked above);
 * the embedded default keeps a random one per folder in .data/.
 */
async function authSecret(): Promise<string> {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
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

async function serveIslandsInDev(url: string, res: ServerResponse): Promise<void> {
  const file = path.join(PROJECT_ROOT, ".next", "static", "islands", path.basename(url.split("?")[0]!));
  const body = existsSync(file) ? await readFile(file) : null;
  res.writeHead(body ? 200 : 404, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" });
  res.end(body ?? "");
}

function buildIslands(env: NodeJS.ProcessEnv): Promise<void> {
  return run(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "build-islands.ts")], env);
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(" ")} exited with ${code}`))));
  });
}

/**
 * The configuration the build was made with (.next/required-server-files.json, as a standalone
 * server uses it: no next.config.ts is read at run time), with the cache chosen now, from
 * REDIS_URL where this server runs.
 */
async function builtConfig(): Promise<Record<string, unknown>> {
  const { config } = JSON.parse(await readFile(path.join(PROJECT_ROOT, ".next", "required-server-files.json"), "utf8")) as { config: Record<string, unknown> };
  const conf = { ...config, ...cacheSettings(process.env.REDIS_URL, PROJECT_ROOT) };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
  return conf;
}

async function main() {
  log(`Starting Chợ phiên OCOP${dev ? " (development)" : release ? ` (release ${JSON.parse(await readFile(path.join(PROJECT_ROOT, "release.json"), "utf8")).commit})` : ""}…`);
  if (release && (dev || flag("fresh") || flag("build-only"))) throw new Error("A release folder runs its build as it is: --dev, --fresh and --build-only need the project's sources.");
  if (release && !config.DATABASE_URL) throw new Error("A release runs on your PostgreSQL: set DATABASE_URL (and AUTH_SECRET). The embedded database is for the project folder (npm start).");
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
    // A load balancer polling /api/health sees 503 from now on and sends no new requests here.
    markDraining();
    log(`${signal}: stopping; ${inFlight} request(s) in flight…`);
    if (server) {
      const drained = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeIdleConnections();
      const limit = (config.DRAIN_SECONDS ?? 25) * 1000;
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
  // The embedded PostgreSQL runs in its own process group (lib/db/embedded.ts): Ctrl-C reaches
  // only this process, which drains its requests before stopping the database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));

  if (flag("fresh")) {
    if (database.external) throw new Error("--fresh only resets the embedded database; DATABASE_URL is set.");
    log(`Recreated database ${await recreateDatabase(database.url)}.`);
  }
  const db = createPrismaClient(database.url);
  let demo = false;
  const report = await migrate(database.url, {
    log,
    // Under the migrations' lock: instances starting together on an empty database seed it once.
    thenLocked: async () => {
      const empty = (await db.province.count()) === 0;
      // Demo data (with its demo accounts and their printed password) only where nobody can be
      // surprised by it: the embedded default database, or a database someone asked it for.
      const asked = flag("seed") || config.SEED === "1";
      demo = !flag("no-seed") && ((empty && !database!.external) || asked);
      if (demo || empty) {
        log(demo ? "Seeding reference and demo data…" : "Seeding reference data (production database: no demo data, no accounts)…");
        const summary = await seed(db, { demo });
        if (summary) log(`Demo data: ${summary.producers} producers, ${summary.products} products, ${summary.sessions} sessions.`);
      }
      // The first administrator likewise, once.
      if (config.ADMIN_EMAIL && !(await hasActiveAdmin(db))) {
        const admin = await bootstrapAdmin(db, { email: config.ADMIN_EMAIL });
        log(`First administrator ${config.ADMIN_EMAIL} ${admin.created ? "created" : "activated"}. Set its password within 24 hours at (shown once):\n\n    ${admin.link}\n`);
      } else if (database!.external && !(await hasActiveAdmin(db))) {
        log("This database has no administrator yet: run `npm run admin:create -- <email>` (or set ADMIN_EMAIL) to make the first one.");
      }
    },
  });
  if (report.applied.length) log(`Applied ${report.applied.length} migration(s).`);

  // The demo accounts' password is printed only where the demo accounts exist.
  const demoLoaded = (await db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })) > 0;
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

  if (!dev && !release && !flag("no-build")) {
    // Static pages are prerendered from the database at build time: a build made against
    // another database (the end-to-end tests') would serve its sessions until revalidated.
    const hash = `${await sourceHash()} ${databaseKey.slice(0, 16)}`;
    const marker = path.join(PROJECT_ROOT, ".next", "ocop-source-hash");
    const built = existsSync(marker) ? (await readFile(marker, "utf8")).trim() : "";
    if (built !== hash || !existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
      log("Building the production bundle (first start, or the sources or the database changed)…");
      // Without Next's own type check (next.config.ts): `npm test` checks the types.
      await run(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], { ...env, OCOP_BUILD_TYPECHECK: "skip" });
      await buildIslands(env);
      await writeFile(marker, hash + "\n");
    }
  }
  // The public pages' script: part of every build, made here too after a `next build` by hand, and
  // for the development server (which serves public pages as documents as well, without reloading them).
  let islands = dev ? null : await findIslands(PROJECT_ROOT);
  if (!islands && !release) {
    await buildIslands(env);
    islands = await findIslands(PROJECT_ROOT);
  }
  if (!islands) throw new Error(".next/static/islands has no script: build again (npm run build, or npm start --fresh).");

  if (flag("build-only")) {
    log("Built; not serving (--build-only).");
    await database.stop();
    process.exit(0);
  }

  const app = next({ dev, dir: PROJECT_ROOT, hostname: "localhost", port, conf: dev ? undefined : await builtConfig() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trust = parseTrustProxy(config.TRUST_PROXY);
  // `next dev` compiles actions as pages load (its manifest comes later): the limit is for production.
  const gate = dev ? async () => null : actionGate(PROJECT_ROOT, process.env.AUTH_SECRET!);
  server = createServer((req, res) => {
    // The client's address, decided here once (lib/security/client-ip.ts): a client's own
    // X-Forwarded-For counts only behind the proxies TRUST_PROXY names.
    const forwarded = req.headers["x-forwarded-for"];
    req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trust);
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
    // A path that cannot be decoded is a 400 here (Next would answer it with a 500).
    if (isUndecodablePath(req.url ?? "/")) return void sendBadAddress(req.url ?? "/", res);
    void runWithRequest(context, async () => {
      // A server action's body larger than that action takes from this caller is refused unread.
      const refused = await gate(req).catch(() => ({ status: 413 as const, limit: 0 }));
      if (refused) {
        // The body is discarded as it arrives (never buffered or parsed), then the answer goes
        // out: a client still sending would otherwise see a reset instead of the reason.
        req.resume();
        await new Promise((resolve) => (req.readableEnded ? resolve(null) : req.once("end", resolve).once("error", resolve)));
        res.writeHead(refused.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
        res.end(refused.status === 411 ? "Length Required\n" : `Payload Too Large: this form takes at most ${Math.round(refused.limit / 1024 / 1024)} MB.\n`);
        return;
      }
      // The development server keeps its files under .next/dev: the islands' script is served here.
      if (dev && req.url?.startsWith("/_next/static/islands/")) return serveIslandsInDev(req.url, res);
      // Public pages go out as documents, without the framework's scripts (lib/public/documents.ts).
      if (isDocumentRequest(req.method, req.url, req.headers)) await serveDocument(req, res, handle, islands);
      else await handle(req, res);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server!.once("error", reject);
    server!.listen(port, hostname, resolve);
  });
  log(`Ready on http://localhost:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (demoLoaded) printAccounts();
}

let server: ReturnType<typeof createServer> | undefined;
let inFlight = 0;
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;

main().catch(async (error) => {
  console.error(`[ocop] ${error instanceof Error ? error.message : String(error)}`);
  await database?.stop();
  process.exit(1);
});
