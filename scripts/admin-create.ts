/**
 * `npm run admin:create -- <email> [--name "<name>"]`: the first administrator of a database (or
 * a new admin when every admin is locked out). Against DATABASE_URL, or the embedded PostgreSQL.
 * Prints a one-time link (valid 24 hours) to set the password, once; nothing else shows it.
 * An existing account with that e-mail is made an active admin and gets a new link.
 */
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/runtime";
import { bootstrapAdmin } from "@/lib/users/bootstrap";

const args = process.argv.slice(2);
const nameAt = args.indexOf("--name");
const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
const email = args.filter((a, i) => !a.startsWith("--") && !(nameAt >= 0 && i === nameAt + 1))[0];
if (!email) {
  console.error('Usage: npm run admin:create -- <email> [--name "<name>"]');
  process.exit(2);
}

const database = await openDatabase("app", { log: (m) => console.log(m) });
try {
  await migrate(database.url);
  const db = createPrismaClient(database.url);
  try {
    const admin = await bootstrapAdmin(db, { email, name });
    console.log(`Administrator ${email} ${admin.created ? "created" : "is an active admin"}.`);
    console.log(`Set its password within 24 hours at this one-time link (it is not shown again):\n\n    ${admin.link}\n`);
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  const issues = (error as { issues?: { path: unknown[]; message: string }[] }).issues;
  console.error(issues ? `Not a valid ${issues.map((i) => String(i.path[0])).join(", ")}: ${email}` : (error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
