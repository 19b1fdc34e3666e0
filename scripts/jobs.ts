/**
 * `npm run jobs`: the portal's timed work, once, for a cron job (the portal also does it after
 * serving signed-in pages): the reminders of workshops starting within 24 hours, then the pending
 * e-mails of the outbox when SMTP_URL is set. Safe to run from several machines at once (each
 * reminder and each e-mail is claimed by one run). Prints what it did; exits 1 on failure.
 */
import { migrate } from "@/lib/db/migrate";
import { withDatabase } from "./lib/with-database";

await withDatabase((m) => console.error(m), async (database) => {
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/db/client");
  const { sendWorkshopReminders } = await import("@/lib/programme/reminders");
  const { sendPendingEmails } = await import("@/lib/notifications/email");
  console.log(`workshop reminders sent: ${await sendWorkshopReminders(db)}`);
  if (process.env.SMTP_URL) {
    const { sent, failed } = await sendPendingEmails(db);
    console.log(`e-mails sent: ${sent}, failed (retried later): ${failed}`);
    if (failed > 0 && sent === 0) process.exitCode = 1;
  } else {
    console.log("e-mails: SMTP_URL is not set, notifications stay in-app");
  }
  await db.$disconnect();
});
