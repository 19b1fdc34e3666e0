/**
 * `npm run programme:remind`: sends the day-before reminders of coming workshops now, for a cron
 * job (the portal also sends them after serving signed-in pages). Each enrolment is reminded once,
 * however many instances or cron runs overlap. Prints how many went out; exits 1 on failure.
 */
import { migrate } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/runtime";

const database = await openDatabase("app", { log: (m) => console.error(m) });
try {
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/db/client");
  const { sendWorkshopReminders } = await import("@/lib/programme/reminders");
  console.log(`workshop reminders sent: ${await sendWorkshopReminders(db)}`);
  await db.$disconnect();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
