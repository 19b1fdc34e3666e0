import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser } from "@/lib/auth/users";
import { markNotificationsRead } from "@/lib/notifications/manage";
import { listOwnNotifications } from "@/lib/notifications/queries";
import { db } from "@/lib/db/client";
import { registerProducer } from "@/lib/producers/register";
import { seedReferenceData } from "@/prisma/seed";
import { createUser, DEFAULT_TEST_PASSWORD } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

const form = (overrides: Record<string, string> = {}) => ({
  email: `hoa-${Math.random().toString(36).slice(2)}@example.test`,
  password: "ruong-bac-thang-mu-cang-chai",
  name: "Nguyễn Thị Hoa",
  phone: "0912 345 678",
  shopName: "HTX Chè Tân Cương",
  legalForm: "COOPERATIVE",
  taxCode: "0100109106-001",
  province: "Bắc Kạn",
  address: "Xóm 3, xã Tân Cương",
  tiktok: "@ChaTanCuong",
  description: "Chè búp sạch",
  ...overrides,
});

async function counts() {
  const [users, producers, audit, notifications, outbox] = await Promise.all([
    db.user.count(),
    db.producer.count(),
    db.auditLog.count(),
    db.notification.count(),
    db.notificationOutbox.count(),
  ]);
  return { users, producers, audit, notifications, outbox };
}

describe("producer registration", () => {
  it("creates the account and a shop waiting for review, audited and notified", async () => {
    await seedReferenceData(db);
    const input = form();
    const state = await asUser(null, () => registerProducer(input));
    expect(state.ok).toBe(true);

    const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { memberships: { include: { producer: true } } } });
    expect(user.role).toBe("PRODUCER");
    const shop = user.memberships[0]!.producer;
    expect(shop).toMatchObject({
      name: "HTX Chè Tân Cương",
      slug: "htx-che-tan-cuong",
      reviewStatus: "SUBMITTED",
      provinceId: 7,
      taxCode: "0100109106-001",
      tiktokHandle: "chatancuong",
      phone: "0912345678",
    });
    expect((await db.auditLog.findMany({ where: { actorId: user.id } })).map((a) => a.action).sort()).toEqual(["PRODUCER_CREATED", "USER_REGISTERED"]);
    const notification = await db.notification.findFirstOrThrow({ where: { userId: user.id }, include: { outbox: true } });
    expect(notification.kind).toBe("SHOP_SUBMITTED");
    expect(notification.outbox).toHaveLength(1);
    expect((await verifyCredentials({ email: input.email, password: input.password }, "10.2.0.1")).ok).toBe(true);

    // A logo stored by the form is recorded with the shop.
    const withLogo = form();
    await asUser(null, () => registerProducer(withLogo, { extra: { logoUrl: "/media/logos/00000000-0000-0000-0000-000000000001.webp" } }));
    const logoShop = await db.producer.findFirstOrThrow({ where: { email: withLogo.email } });
    expect(logoShop.logoUrl).toBe("/media/logos/00000000-0000-0000-0000-000000000001.webp");

    // Another shop with the same name gets its own slug.
    await asUser(null, () => registerProducer(form()));
    expect(await db.producer.count({ where: { slug: { in: ["htx-che-tan-cuong-2", "htx-che-tan-cuong-3"] } } })).toBe(2);
  });

  it("gives the same answer for an e-mail that has an account, and changes nothing of it", async () => {
    await seedReferenceData(db);
    const existing = await createUser(db, { email: "taken@example.test", role: "STAFF" });
    const before = await counts();
    const state = await asUser(null, () => registerProducer(form({ email: "Taken@Example.test" })));
    expect(state).toEqual({ ok: true, result: { registered: true } });
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.producers).toBe(before.producers);
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(user.role).toBe("STAFF");
    expect((await verifyCredentials({ email: "taken@example.test", password: DEFAULT_TEST_PASSWORD }, "10.2.0.2")).ok).toBe(true);
    expect((await db.notification.findFirstOrThrow({ where: { userId: existing.id } })).kind).toBe("REGISTRATION_WITH_EXISTING_EMAIL");
  });

  it("refuses bad input with field errors, keeps the typed values (never the password) and writes nothing", async () => {
    await seedReferenceData(db);
    const before = await counts();
    const state = await asUser(null, () => registerProducer(form({ taxCode: "0100109107", province: "Atlantis", password: "12345678" })));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({ taxCode: "taxCodeInvalid", province: "provinceUnknown", password: "passwordCommon" });
    expect(state.values).toMatchObject({ taxCode: "0100109107", province: "Atlantis", shopName: "HTX Chè Tân Cương" });
    expect(state.values).not.toHaveProperty("password");
    expect(await counts()).toEqual(before);
  });

  it("refuses an eleventh registration in an hour from one address, saying when to try again, and changes nothing", async () => {
    await seedReferenceData(db);
    const from = (ip: string) => ({ extra: { logoUrl: null, ip } });
    for (let i = 0; i < 10; i++) expect((await registerProducer(form({ shopName: `HTX Giới hạn ${i}` }), from("203.0.113.7"))).ok).toBe(true);
    const before = await counts();
    const refused = await registerProducer(form({ shopName: "HTX Lần thứ mười một" }), from("203.0.113.7"));
    expect(refused).toMatchObject({ ok: false, formError: "tooManyAttempts" });
    expect(Number(refused.formParams?.minutes)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.formParams?.minutes)).toBeLessThanOrEqual(60);
    expect(await counts()).toEqual(before);
    // Another address is not held back.
    expect((await registerProducer(form({ shopName: "HTX Mạng khác" }), from("198.51.100.4"))).ok).toBe(true);
  });
});

describe("notifications", () => {
  it("are listed and marked read for their own user only", async () => {
    await seedReferenceData(db);
    const a = form();
    const b = form();
    await asUser(null, () => registerProducer(a));
    await asUser(null, () => registerProducer(b));
    const userA = (await loadActiveUser((await db.user.findUniqueOrThrow({ where: { email: a.email } })).id))!;
    const userB = (await loadActiveUser((await db.user.findUniqueOrThrow({ where: { email: b.email } })).id))!;
    expect(await listOwnNotifications(userA)).toMatchObject({ unread: 1, items: [{ title: "Cửa hàng đang chờ duyệt", read: false }] });
    expect((await listOwnNotifications(userA, "en")).items[0]).toMatchObject({ title: "Your shop is waiting for review", body: expect.stringContaining(`“${a.shopName}”`) });

    expect((await asUser(userA, () => markNotificationsRead({}))).result).toEqual({ count: 1 });
    expect((await listOwnNotifications(userA)).unread).toBe(0);
    expect((await listOwnNotifications(userB)).unread).toBe(1);
    await expect(asUser(null, () => markNotificationsRead({}))).rejects.toThrow(AuthorizationError);
    expect(await db.auditLog.count({ where: { action: "NOTIFICATIONS_READ", actorId: userA.id } })).toBe(1);
  });
});
