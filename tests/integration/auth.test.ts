import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { THROTTLE } from "@/lib/auth/throttle";
import { loadActiveUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { seedReferenceData } from "@/prisma/seed";
import { createProducer, createUser, DEFAULT_TEST_PASSWORD } from "@/tests/fixtures/factories";

describe("sign-in", () => {
  it.each(["ADMIN", "STAFF", "PRODUCER"] as const)("signs in a %s with email and password", async (role) => {
    const user = await createUser(db, { role, email: `Mixed.${role}@Example.test` });
    const outcome = await verifyCredentials({ email: ` mixed.${role.toLowerCase()}@example.TEST `, password: DEFAULT_TEST_PASSWORD }, "10.0.0.1");
    expect(outcome).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role }, sessionId: expect.any(String) });
    const audit = await db.auditLog.findFirst({ where: { entityId: user.id, action: "USER_SIGNED_IN" } });
    expect(audit?.actorId).toBe(user.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser(db);
    expect(await verifyCredentials({ email: user.email, password: "wrong-password" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@example.test", password: "wrong-password" }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await createUser(db, { status: "DISABLED" });
    expect(await verifyCredentials({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.0.0.3")).toEqual({ ok: false, reason: "disabled" });
  });

  it("throttles an account from the address that guessed, even with the right password, and says the real wait", async () => {
    const user = await createUser(db);
    for (let i = 0; i < THROTTLE.maxFailuresPerAccountAndIp; i++) {
      expect((await verifyCredentials({ email: user.email, password: `guess-${i}` }, "10.1.0.1")).ok).toBe(false);
    }
    const outcome = await verifyCredentials({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.1.0.1");
    expect(outcome).toMatchObject({ ok: false, reason: "throttled" });
    const wait = outcome.ok === false ? outcome.retryAfterSeconds! : 0;
    expect(wait).toBeGreaterThan(THROTTLE.windowMinutes * 60 - 120);
    expect(wait).toBeLessThanOrEqual(THROTTLE.windowMinutes * 60);
  });

  it("cannot be used to lock an owner out: guesses from elsewhere leave the owner's address free", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    // An attacker with many addresses, each below the per-pair limit, and one address well above it.
    for (let i = 0; i < 12; i++) await verifyCredentials({ email: admin.email, password: `guess-${i}` }, `10.6.0.${i % 3}`);
    for (let i = 0; i < 8; i++) await verifyCredentials({ email: admin.email, password: `guess-${i}` }, "10.6.1.1");
    expect(await verifyCredentials({ email: admin.email, password: DEFAULT_TEST_PASSWORD }, "10.6.1.1")).toMatchObject({ reason: "throttled" });
    expect((await verifyCredentials({ email: admin.email, password: DEFAULT_TEST_PASSWORD }, "192.0.2.10")).ok).toBe(true);
  });

  it("throttles an IP address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE.maxFailuresPerIp; i++) {
      await verifyCredentials({ email: `spray-${i}@example.test`, password: "Password1" }, "10.9.9.9");
    }
    const user = await createUser(db);
    expect(await verifyCredentials({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.9.9.9")).toMatchObject({ reason: "throttled" });
    expect((await verifyCredentials({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.9.9.10")).ok).toBe(true);
  });
});

describe("the user behind a session", () => {
  it("is re-read from the database: disabling or a role change applies on the next request", async () => {
    await seedReferenceData(db);
    const user = await createUser(db, { role: "PRODUCER" });
    const shop = await createProducer(db, { memberUserIds: [user.id] });
    expect(await loadActiveUser(user.id)).toMatchObject({ role: "PRODUCER", producerIds: [shop.id] });

    await db.user.update({ where: { id: user.id }, data: { role: "STAFF" } });
    expect((await loadActiveUser(user.id))?.role).toBe("STAFF");

    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await loadActiveUser(user.id)).toBeNull();
  });

  it("is null for a token that names no user", async () => {
    expect(await loadActiveUser("00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(await loadActiveUser("not-a-uuid")).toBeNull();
  });
});
