import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MAX_EMAIL_ATTEMPTS, sendPendingEmails } from "@/lib/notifications/email";
import { notify } from "@/lib/notifications/notify";
import { seedReferenceData } from "@/prisma/seed";
import { createUser } from "@/tests/fixtures/factories";

/** A real SMTP server on a free port, keeping what it receives; `refuse` makes it reject recipients. */
type Received = { to: string[]; raw: string };
const received: Received[] = [];
let refuse = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onRcptTo(address, _session, callback) {
    callback(refuse ? Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }) : undefined);
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
let smtpUrl = "";

/** The subject as written, from its MIME encoded words (=?UTF-8?B?…?= or =?UTF-8?Q?…?=). */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  return header
    .replace(/\r\n[ \t]/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
    );
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  await seedReferenceData(db);
  await db.notificationOutbox.deleteMany();
  received.length = 0;
  refuse = false;
});

async function notifications(count: number) {
  const users = await Promise.all(Array.from({ length: count }, () => createUser(db, { role: "PRODUCER" })));
  await db.$transaction(async (tx) => {
    for (const [n, u] of users.entries()) await notify(tx, u.id, { kind: "TEST", title: `Đơn đăng ký số ${n + 1} đã được nhận`, body: "Sản phẩm của bạn sẽ lên phiên.", link: "/producer/applications" });
  });
  return users;
}

describe("e-mail notifications", () => {
  it("are sent once each through a real SMTP server, even by several senders at once, with the link on the site", async () => {
    const users = await notifications(30);
    const runs = await Promise.all([1, 2, 3].map(() => sendPendingEmails(db, { smtpUrl })));
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(30);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((m) => m.to[0])).size).toBe(30);
    expect(received.map((m) => m.to[0]).sort()).toEqual(users.map((u) => u.email).sort());
    expect(received.map((m) => subjectOf(m.raw))).toContain("Đơn đăng ký số 7 đã được nhận");
    expect(received[0]!.raw).toContain("/producer/applications");
    expect(await db.notificationOutbox.count({ where: { status: "SENT" } })).toBe(30);
    // Nothing left: another run sends nothing.
    expect(await sendPendingEmails(db, { smtpUrl })).toEqual({ sent: 0, failed: 0 });
  });

  it("are retried when the server refuses them, then given up after the last attempt; without SMTP nothing is sent", async () => {
    await notifications(1);
    expect(await sendPendingEmails(db, { smtpUrl: "" })).toEqual({ sent: 0, failed: 0 });
    refuse = true;
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      expect(await sendPendingEmails(db, { smtpUrl })).toEqual({ sent: 0, failed: 1 });
    }
    expect(await db.notificationOutbox.findMany({ select: { status: true, attempts: true } })).toEqual([{ status: "FAILED", attempts: MAX_EMAIL_ATTEMPTS }]);
    refuse = false;
    expect(await sendPendingEmails(db, { smtpUrl })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);
  });
});

describe("a password reset link by e-mail", () => {
  it("reaches the account's address, works once, and answers the same for an address without an account", async () => {
    const { requestPasswordReset, resetPassword } = await import("@/lib/users/manage");
    const user = await createUser(db, { role: "PRODUCER" });
    process.env.SMTP_URL = "";
    expect(await requestPasswordReset({ resetEmail: user.email, locale: "vi" })).toMatchObject({ ok: false, formError: "emailNotConfigured" });
    process.env.SMTP_URL = smtpUrl;
    try {
      expect(await requestPasswordReset({ resetEmail: "khong-co-ai@example.test", locale: "vi" })).toMatchObject({ ok: true, result: { email: "khong-co-ai@example.test" } });
      expect(received).toHaveLength(0);
      expect(await requestPasswordReset({ resetEmail: `  ${user.email.toUpperCase()} `, locale: "vi" })).toMatchObject({ ok: true });
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual([user.email]);
      expect(subjectOf(received[0]!.raw)).toBe("Đặt lại mật khẩu Chợ phiên OCOP");
      const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(received[0]!.raw.replace(/=\r\n/g, ""))?.[1];
      expect(token).toBeDefined();
      const password = "mat-khau-moi-that-dai-2026";
      expect(await resetPassword({ token, password, confirm: password })).toMatchObject({ ok: true });
      expect(await resetPassword({ token, password, confirm: password })).toMatchObject({ ok: false, formError: "tokenInvalid" });
      // Refused by the server: nothing stored, the person is told.
      refuse = true;
      expect(await requestPasswordReset({ resetEmail: user.email, locale: "vi" })).toMatchObject({ ok: false, formError: "emailFailed" });
      expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});
