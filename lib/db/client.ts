import { PrismaPg } from "@prisma/adapter-pg";
import { connectionConfig } from "./connection";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** `onQuery` sees every SQL statement (tests count them to catch N+1 queries). */
/**
 * Interactive transactions may take longer than Prisma's 5 s default on a busy 2-core machine
 * (the seed's reference data took 5.1 s beside a build): they get a minute, and wait up to 20 s
 * for a connection. Long work that must be quicker says so itself.
 */
export const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 20_000 } as const;

/**
 * Connections one instance opens at most (`DATABASE_POOL_SIZE`, 10 unless set). A request beyond
 * them waits; an action's transaction waits `maxWait`, then answers "busy" (lib/action.ts).
 */
export function poolSize(): number {
  return env().DATABASE_POOL_SIZE ?? 10;
}

export function createPrismaClient(url: string, { onQuery }: { onQuery?: (sql: string) => void } = {}): PrismaClient {
  const adapter = new PrismaPg(connectionConfig(url, { max: poolSize() }));
  if (!onQuery) return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  return client;
}

const globalForPrisma = globalThis as unknown as { __ocopPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.__ocopPrisma) {
    const url = env().DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides one.");
    }
    globalForPrisma.__ocopPrisma = createPrismaClient(url);
  }
  return globalForPrisma.__ocopPrisma;
}

/**
 * The application's Prisma client, created on first use from DATABASE_URL (so importing this
 * module never needs a database). Only lib/ may import it: dependency-cruiser enforces that
 * pages and components read through lib/<domain>/queries.ts.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const real = client();
    const value = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
