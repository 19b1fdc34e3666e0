import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { loadSessionUser, revokeSession, revokeUserSessions } from "@/lib/auth/sessions";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { createPrismaClient, db } from "@/lib/db/client";
import { bootstrapAdmin } from "@/lib/users/bootstrap";
import { changeRole, createResetLink, resetPassword, setUserStatus } from "@/lib/users/manage";
import { seedReferenceData } from "@/prisma/seed";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

/** Sessions that can be ended (docs/decisions/0011-sessions-and-proxies.md). */
let admin: CurrentUser;

beforeEach(async () => {
  await seedReferenceData(db);
  admin = (await loadActiveUser((await createUser(db, { role: "ADMIN" })).id))!;
});

async function signedIn(role: "STAFF" | "PRODUCER" | "ADMIN" = "STAFF") {
  const user = await createUser(db, { role });
  const open = async () => {
    const outcome = await verifyCredentials({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "192.0.2.1");
    if (!outcome.ok) throw new Error(`sign-in refused: ${outcome.reason}`);
    return outcome.sessionId;
  };
  return { user, open };
}

const live = (sessionId: string, userId: string) => loadSessionUser(sessionId, userId).then((u) => u !== null);

describe("a session", () => {
  it("is live after sign-in, and only for its own user", async () => {
    const { user, open } = await signedIn();
    const other = await createUser(db);
    const sid = await open();
    expect(await live(sid, user.id)).toBe(true);
    expect(await live(sid, other.id)).toBe(false);
    expect(await loadSessionUser(undefined, user.id)).toBeNull();
    expect(await loadSessionUser("not-a-uuid", user.id)).toBeNull();
  });

  it("ends on sign-out, and only that one", async () => {
    const { user, open } = await signedIn();
    const [phone, desk] = [await open(), await open()];
    await revokeSession(db, phone);
    expect(await live(phone, user.id)).toBe(false);
    expect(await live(desk, user.id)).toBe(true);
  });

  it("ends everywhere on 'sign out everywhere'", async () => {
    const { user, open } = await signedIn();
    const sessions = [await open(), await open(), await open()];
    expect(await revokeUserSessions(db, user.id)).toBe(3);
    for (const sid of sessions) expect(await live(sid, user.id)).toBe(false);
    expect(await live(await open(), user.id), "a new sign-in works").toBe(true);
  });

  it("ends when it expires", async () => {
    const { user, open } = await signedIn();
    const sid = await open();
    await db.userSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await live(sid, user.id)).toBe(false);
  });

  it("ends with a password reset", async () => {
    const { user, open } = await signedIn();
    const sid = await open();
    const link = await asUser(admin, () => createResetLink({ userId: user.id }));
    const token = (link.result as { token: string }).token;
    expect((await asUser(null, () => resetPassword({ token, password: "mat khau moi rat dai", confirm: "mat khau moi rat dai" }, { extra: { ip: "192.0.2.50" } }))).ok).toBe(true);
    expect(await live(sid, user.id)).toBe(false);
  });

  it("ends with a role change", async () => {
    const { user, open } = await signedIn("STAFF");
    const sid = await open();
    expect((await asUser(admin, () => changeRole({ userId: user.id, role: "ADMIN" }))).ok).toBe(true);
    expect(await live(sid, user.id)).toBe(false);
  });

  it("ends when the account is disabled, and does not come back when it is enabled again", async () => {
    const { user, open } = await signedIn();
    const sid = await open();
    expect((await asUser(admin, () => setUserStatus({ userId: user.id, status: "DISABLED" }))).ok).toBe(true);
    expect(await live(sid, user.id)).toBe(false);
    expect((await asUser(admin, () => setUserStatus({ userId: user.id, status: "ACTIVE" }))).ok).toBe(true);
    expect(await live(sid, user.id)).toBe(false);
  });
});

describe("the first admin of a production database", () => {
  it("is created with a one-time link, audited, and an existing account is promoted with its sessions ended", async () => {
    const made = await bootstrapAdmin(db, { email: " Giam.Doc@TrungTam.vn " });
    expect(made.created).toBe(true);
    expect(made.link).toMatch(/\/reset-password\/[\w-]{40,}$/);
    expect(await db.user.findUniqueOrThrow({ where: { email: "giam.doc@trungtam.vn" }, select: { role: true, status: true } })).toEqual({ role: "ADMIN", status: "ACTIVE" });
    expect(await db.auditLog.count({ where: { entityId: made.userId, actorId: null } })).toBe(2);

    const { user, open } = await signedIn("STAFF");
    const sid = await open();
    const promoted = await bootstrapAdmin(db, { email: user.email });
    expect(promoted).toMatchObject({ created: false, userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    expect(await live(sid, user.id)).toBe(false);
  });

  it("refuses an address that is not one, and writes nothing", async () => {
    const before = await db.user.count();
    await expect(bootstrapAdmin(db, { email: "khong-phai-email" })).rejects.toThrow();
    expect(await db.user.count()).toBe(before);
  });
});

describe("stored instants", () => {
  it("are true UTC instants even on a server whose default zone is Asia/Ho_Chi_Minh", async () => {
    const url = process.env.DATABASE_URL!;
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    try {
      await raw.query(`ALTER DATABASE ${raw.escapeIdentifier(name)} SET timezone = 'Asia/Ho_Chi_Minh'`);
      // A new client, as a fresh app instance would open, on the database that now defaults to +07.
      const app = createPrismaClient(url);
      const user = await createUser(db);
      const instant = new Date("2026-12-12T00:30:00.000Z"); // 07:30 on a Saturday in Vietnam
      const session = await app.userSession.create({ data: { userId: user.id, expiresAt: instant }, select: { id: true } });
      expect((await app.userSession.findUniqueOrThrow({ where: { id: session.id } })).expiresAt.toISOString()).toBe(instant.toISOString());
      await app.$disconnect();

      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const { rows } = await check.query(
        `SELECT current_setting('TimeZone') AS zone, extract(epoch FROM expires_at)::float8 AS epoch, to_char(expires_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS local FROM user_sessions WHERE id = $1`,
        [session.id],
      );
      await check.end();
      expect(rows[0]).toEqual({ zone: "Asia/Ho_Chi_Minh", epoch: instant.getTime() / 1000, local: "2026-12-12 07:30" });
    } finally {
      await raw.query(`ALTER DATABASE ${raw.escapeIdentifier(name)} RESET timezone`);
      await raw.end();
    }
  });
});
