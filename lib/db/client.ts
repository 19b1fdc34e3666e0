import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** `onQuery` sees every SQL statement (tests count them to catch N+1 queries). */
export function createPrismaClient(url: string, { onQuery }: { onQuery?: (sql: string) => void } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  return client;
}

const globalForPrisma = globalThis as unknown as { __ocopPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.__ocopPrisma) {
    const url = process.env.DATABASE_URL;
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
