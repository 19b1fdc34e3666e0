/**
 * npm run db:migrate | db:seed | db:reset — against DATABASE_URL, or the embedded PostgreSQL.
 *   migrate  applies the migrations that have not run yet
 *   seed     reference data; plus the demo data if the portal has none (idempotent), into the
 *            embedded database, or into DATABASE_URL's only with SEED=1 (production mode)
 *   reset    drops and recreates the local database, then migrates and seeds it
 */
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recreateDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import { printAccounts } from "./lib/banner";
import { withDatabase } from "./lib/with-database";

const command = process.argv[2];
if (!["migrate", "seed", "reset"].includes(command ?? "")) {
  console.error("Usage: tsx scripts/db.ts migrate|seed|reset");
  process.exit(2);
}

await withDatabase((m) => console.log(m), async (database) => {
  if (command === "reset") {
    if (database.external && !process.argv.includes("--force")) {
      throw new Error("DATABASE_URL is set: refusing to drop it. Add --force (npm run db:reset -- --force) if you mean it.");
    }
    console.log(`Recreated database ${await recreateDatabase(database.url)}.`);
  }
  const report = await migrate(database.url, { log: (m) => console.log(m) });
  console.log(report.applied.length ? `Applied ${report.applied.length} migration(s).` : "Migrations: up to date.");
  if (command !== "migrate") {
    const db = createPrismaClient(database.url);
    try {
      const demo = !database.external || env().SEED === "1";
      const summary = await seed(db, { demo });
      console.log(
        summary
          ? `Seeded demo data: ${summary.producers} producers, ${summary.products} products, ${summary.sessions} sessions.`
          : demo
            ? "Reference data up to date; demo data already present."
            : "Reference data up to date. No demo data in a production database (DATABASE_URL) unless SEED=1.",
      );
      if (summary) printAccounts();
    } finally {
      await db.$disconnect();
    }
  }
});
