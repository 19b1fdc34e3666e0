import "server-only";
import { db, type Db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { deliverWhenDue } from "@/lib/notifications/email";
import { logger } from "@/lib/observability/log";
import { WORKSHOP_REMINDER_HOURS } from "./rules";

/**
 * The day-before reminders of coming workshops. Each enrolment is claimed by one UPDATE … RETURNING:
 * with several instances running this at once, a row locked by one is re-checked by the others
 * after it commits (reminded_at is set by then), so every shop is reminded once.
 */
export async function sendWorkshopReminders(client: Db = db, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + WORKSHOP_REMINDER_HOURS * 3_600_000);
  return client.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ user_id: string; title: string; starts_at: Date; place: string | null; online_url: string | null }[]>`
      WITH due AS (
        UPDATE workshop_enrolments e SET reminded_at = ${now}
        FROM workshops w
        WHERE w.id = e.workshop_id AND e.status = 'ENROLLED' AND e.reminded_at IS NULL AND w.cancelled_at IS NULL
          AND w.starts_at > ${now} AND w.starts_at <= ${until}
        RETURNING e.producer_id, w.title, w.starts_at, w.place, w.online_url
      )
      SELECT m.user_id, due.title, due.starts_at, due.place, due.online_url
      FROM due JOIN producer_members m ON m.producer_id = due.producer_id`;
    for (const r of claimed) {
      await notify(tx, r.user_id, { key: "WORKSHOP_REMINDER", params: { workshop: r.title, at: r.starts_at.toISOString() }, link: "/producer/training" });
    }
    return claimed.length;
  });
}

const EVERY_MS = 5 * 60_000;
let lastRun = 0;

/**
 * Runs the reminders after a signed-in page was served, at most every five minutes per instance
 * (the claim above makes overlapping runs on several instances harmless). A failure is logged,
 * never shown: the page was already served.
 */
export async function remindWhenDue(now = Date.now()): Promise<void> {
  if (now - lastRun < EVERY_MS) return;
  lastRun = now;
  try {
    await sendWorkshopReminders();
  } catch (error) {
    logger.error({ err: error }, "workshop reminders failed");
  }
}

/**
 * The timed work a signed-in page triggers once it has been served (Next's `after`): the
 * reminders, then the e-mails they and other changes queued. Each is throttled per instance and
 * claims its rows, so any number of pages and instances may call it.
 */
export async function runDueWork(): Promise<void> {
  await remindWhenDue();
  await deliverWhenDue();
}
