import "server-only";
import nodemailer from "nodemailer";
import { db, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/log";
import { siteUrl } from "@/lib/site";

/** A message that keeps failing is given up after this many tries (and left for staff to see). */
export const MAX_EMAIL_ATTEMPTS = 5;
/** Messages sent per run; the next run (or instance) takes the next ones. */
const BATCH = 20;
/** Notifications older than this are not e-mailed when SMTP is switched on later. */
const FRESH_DAYS = 7;

const DEFAULT_FROM = "Chợ phiên OCOP <no-reply@chophien.local>";

/** Whether e-mail is configured (SMTP_URL): forms that need it say so when it is not. */
export function emailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/**
 * Sends one message now, in the caller's request (a password reset link: a secret that must not
 * sit in the notifications table). Throws when SMTP is not configured or the server refuses.
 */
export async function sendEmailNow(message: { to: string; subject: string; text: string }): Promise<void> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) throw new Error("SMTP_URL is not set");
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail({ from: env().MAIL_FROM ?? DEFAULT_FROM, ...message });
  } finally {
    transport.close();
  }
}

/**
 * Sends the outbox's pending e-mails (each notification's copy, written in the transaction that
 * caused it). Rows are claimed with `FOR UPDATE SKIP LOCKED`: several instances running this at
 * once take different rows, and a row is marked SENT in the transaction that sent it. A crash
 * between the SMTP reply and the commit can send one message twice (at least once, never lost).
 * Without SMTP_URL nothing is sent and the rows wait.
 */
export async function sendPendingEmails(client: Db = db, options: { smtpUrl?: string; from?: string } = {}): Promise<{ sent: number; failed: number }> {
  const smtpUrl = options.smtpUrl ?? env().SMTP_URL;
  if (!smtpUrl) return { sent: 0, failed: 0 };
  const from = options.from ?? env().MAIL_FROM ?? DEFAULT_FROM;
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    return await client.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: bigint; attempts: number; email: string; title: string; body: string; link: string | null }[]>`
          SELECT o.id, o.attempts, u.email, n.title, n.body, n.link
          FROM notification_outbox o
          JOIN notifications n ON n.id = o.notification_id
          JOIN users u ON u.id = n.user_id AND u.status = 'ACTIVE'
          WHERE o.status = 'PENDING' AND o.channel = 'EMAIL' AND o.created_at > now() - make_interval(days => ${FRESH_DAYS})
          ORDER BY o.id
          LIMIT ${BATCH}
          FOR UPDATE OF o SKIP LOCKED`;
        let sent = 0;
        let failed = 0;
        for (const row of rows) {
          const link = row.link ? `\n\n${row.link.startsWith("/") ? siteUrl() + row.link : row.link}` : "";
          try {
            await transport.sendMail({ from, to: row.email, subject: row.title, text: `${row.body}${link}\n\n— Chợ phiên OCOP` });
            await tx.notificationOutbox.update({ where: { id: row.id }, data: { status: "SENT", attempts: { increment: 1 } } });
            sent += 1;
          } catch (error) {
            const attempts = row.attempts + 1;
            await tx.notificationOutbox.update({ where: { id: row.id }, data: { attempts, status: attempts >= MAX_EMAIL_ATTEMPTS ? "FAILED" : "PENDING" } });
            logger.warn({ err: error, outboxId: String(row.id), attempts }, "e-mail not sent");
            failed += 1;
          }
        }
        return { sent, failed };
      },
      { timeout: 120_000, maxWait: 20_000 },
    );
  } finally {
    transport.close();
  }
}

const EVERY_MS = 10_000;
let lastRun = 0;

/** Sends pending e-mails after a signed-in page was served, at most every ten seconds per instance. */
export async function deliverWhenDue(now = Date.now()): Promise<void> {
  if (!env().SMTP_URL || now - lastRun < EVERY_MS) return;
  lastRun = now;
  try {
    await sendPendingEmails();
  } catch (error) {
    logger.error({ err: error }, "e-mail delivery failed");
  }
}
