import { beforeEach, describe, expect, it } from "vitest";
import { changedFields, listAudit, parseAuditFilters } from "@/lib/audit/queries";
import { AuthorizationError } from "@/lib/auth/policy";
import { verifyCredentials } from "@/lib/auth/credentials";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { saveChannel, saveHost, setReferenceActive } from "@/lib/reference/manage";
import { saveSession } from "@/lib/planning/manage";
import { changeRole, createResetLink, createStaffUser, resetPassword, setUserStatus } from "@/lib/users/manage";
import { listUsers, parseUserFilters } from "@/lib/users/queries";
import { addDays, comingSaturday } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

let admin: CurrentUser;
let staff: CurrentUser;

const as = async (role: "ADMIN" | "STAFF" | "PRODUCER") => (await loadActiveUser((await createUser(db, { role })).id))!;
const tokenOf = (state: { result?: unknown }) => (state.result as { token: string }).token;

beforeEach(async () => {
  await seedReferenceData(db);
  // Each test starts with exactly one active admin: the others are disabled by SQL, as the rule counts active ones.
  await db.user.updateMany({ where: { role: "ADMIN" }, data: { status: "DISABLED" } });
  admin = await as("ADMIN");
  staff = await as("STAFF");
});

describe("users", () => {
  it("slow down the guessing of reset links: an eleventh try in an hour from one address is refused, even with a good link", async () => {
    const token = tokenOf(await asUser(admin, () => createStaffUser({ email: "doan.thu@chophien.test", name: "Đoán Thử", role: "STAFF" })));
    const password = "mua xuan tren cao nguyen";
    const from = (ip: string) => ({ extra: { ip } });
    for (let i = 0; i < 10; i++) {
      expect(await resetPassword({ token: `${"A".repeat(42)}${i}`, password, confirm: password }, from("203.0.113.8"))).toMatchObject({ formError: "tokenInvalid" });
    }
    expect(await resetPassword({ token, password, confirm: password }, from("203.0.113.8"))).toMatchObject({ formError: "tooManyAttempts" });
    expect(await db.passwordResetToken.count({ where: { user: { email: "doan.thu@chophien.test" }, usedAt: { not: null } } })).toBe(0);
    expect((await resetPassword({ token, password, confirm: password }, from("198.51.100.9"))).ok).toBe(true);
  });

  it("creates a staff account whose owner sets a password through a one-time link", async () => {
    const created = await asUser(admin, () => createStaffUser({ email: " Lan.Nguyen@ChoPhien.test ", name: "Nguyễn Thị Lan", role: "STAFF" }));
    expect(created.ok).toBe(true);
    const token = tokenOf(created);
    const user = await db.user.findUniqueOrThrow({ where: { email: "lan.nguyen@chophien.test" } });
    expect(user.role).toBe("STAFF");
    // Only the hash is stored.
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await asUser(null, () => resetPassword({ token, password: "mua xuan tren cao nguyen", confirm: "khac" }))).toMatchObject({ fieldErrors: { confirm: "passwordMismatch" } });
    expect(await asUser(null, () => resetPassword({ token, password: "123456", confirm: "123456" }))).toMatchObject({ fieldErrors: { password: "passwordShort" } });
    expect((await asUser(null, () => resetPassword({ token, password: "mua xuan tren cao nguyen", confirm: "mua xuan tren cao nguyen" }))).ok).toBe(true);
    expect(await verifyCredentials({ email: user.email, password: "mua xuan tren cao nguyen" }, "10.1.0.1")).toMatchObject({ ok: true });
    expect(await asUser(null, () => resetPassword({ token, password: "lan thu hai van duoc", confirm: "lan thu hai van duoc" }))).toMatchObject({ formError: "tokenInvalid" });
    expect(await asUser(admin, () => createStaffUser({ email: "lan.nguyen@chophien.test", name: "Trùng", role: "STAFF" }))).toMatchObject({ fieldErrors: { email: "emailTaken" } });
    const actions = (await db.auditLog.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["USER_CREATED", "PASSWORD_RESET_LINK_CREATED", "PASSWORD_RESET", "USER_SIGNED_IN"]);
    // The trail leaves sign-ins out unless asked, or unless it is one account's history.
    const shown = async (f: Parameters<typeof listAudit>[1]) => (await listAudit(admin, f)).items.filter((i) => i.entityId === user.id).map((i) => i.action);
    expect(await shown({})).not.toContain("USER_SIGNED_IN");
    expect(await shown({ signIns: true })).toContain("USER_SIGNED_IN");
    expect(await shown({ entityId: user.id })).toContain("USER_SIGNED_IN");
    expect(parseAuditFilters({ signins: "1" }).signIns).toBe(true);
  });

  it("a new reset link replaces the old one, and an expired link does not work", async () => {
    const first = tokenOf(await asUser(admin, () => createResetLink({ userId: staff.id })));
    const second = tokenOf(await asUser(admin, () => createResetLink({ userId: staff.id })));
    expect(await asUser(null, () => resetPassword({ token: first, password: "mot hai ba bon nam", confirm: "mot hai ba bon nam" }))).toMatchObject({ formError: "tokenInvalid" });
    await db.passwordResetToken.updateMany({ where: { userId: staff.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await asUser(null, () => resetPassword({ token: second, password: "mot hai ba bon nam", confirm: "mot hai ba bon nam" }))).toMatchObject({ formError: "tokenInvalid" });
  });

  it("a disabled user is refused on their next request", async () => {
    expect(await loadActiveUser(staff.id)).not.toBeNull();
    expect((await asUser(admin, () => setUserStatus({ userId: staff.id, status: "DISABLED" }))).ok).toBe(true);
    expect(await loadActiveUser(staff.id)).toBeNull();
    expect(await asUser(admin, () => setUserStatus({ userId: admin.id, status: "DISABLED" }))).toMatchObject({ formError: "notYourself" });
  });

  it("never removes the last admin, even when two admins demote each other at once", async () => {
    expect(await asUser(admin, () => changeRole({ userId: admin.id, role: "STAFF" }))).toMatchObject({ formError: "lastAdmin" });
    const second = await as("ADMIN");
    const [a, b] = await Promise.all([
      asUser(admin, () => changeRole({ userId: second.id, role: "STAFF" })),
      asUser(second, () => changeRole({ userId: admin.id, role: "STAFF" })),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })).toBe(1);
    const remaining = (await db.user.findFirstOrThrow({ where: { role: "ADMIN", status: "ACTIVE" } })).id;
    const other = await as("ADMIN");
    expect((await asUser(other, () => setUserStatus({ userId: remaining, status: "DISABLED" }))).ok).toBe(true);
    expect(await asUser(other, () => setUserStatus({ userId: other.id, status: "DISABLED" }))).toMatchObject({ ok: false });
    expect(await db.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })).toBe(1);
  });

  it("lists, filters and sorts accounts on the server", async () => {
    await createUser(db, { role: "STAFF", name: "Đỗ Văn An" });
    const list = await listUsers(admin, parseUserFilters({ role: "STAFF", sort: "name", dir: "asc" }));
    expect(list.items.every((u) => u.role === "STAFF")).toBe(true);
    const names = list.items.map((u) => u.name);
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect((await listUsers(admin, parseUserFilters({ q: "Văn An" }))).items.map((u) => u.name)).toContain("Đỗ Văn An");
  });

  it("are managed by admins only", async () => {
    const before = await db.auditLog.count();
    await expect(asUser(staff, () => createStaffUser({ email: "x@chophien.test", name: "X Y", role: "ADMIN" }))).rejects.toThrow(AuthorizationError);
    await expect(asUser(staff, () => changeRole({ userId: staff.id, role: "ADMIN" }))).rejects.toThrow(AuthorizationError);
    await expect(asUser(await as("PRODUCER"), () => setUserStatus({ userId: admin.id, status: "DISABLED" }))).rejects.toThrow(AuthorizationError);
    await expect(asUser(null, () => createResetLink({ userId: admin.id }))).rejects.toThrow(AuthorizationError);
    await expect(listUsers(staff, parseUserFilters({}))).rejects.toThrow(AuthorizationError);
    expect(await db.auditLog.count()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("STAFF");
  });
});

describe("hosts and channels", () => {
  it("are created, edited and deactivated by admins; a deactivated host cannot be booked", async () => {
    const host = await asUser(admin, () => saveHost({ name: "Lê Minh Tâm", tiktokHandle: "https://www.tiktok.com/@Tam.OCOP", mcn: "" }));
    expect(host.ok).toBe(true);
    const hostId = (host.result as { id: string }).id;
    expect(await db.host.findUniqueOrThrow({ where: { id: hostId } })).toMatchObject({ tiktokHandle: "tam.ocop", mcn: null });
    expect(await asUser(admin, () => saveHost({ name: "Người khác", tiktokHandle: "@tam.ocop", mcn: "" }))).toMatchObject({ fieldErrors: { tiktokHandle: "handleTaken" } });
    expect((await asUser(admin, () => saveHost({ hostId, name: "Lê Minh Tâm", tiktokHandle: "tam.ocop", mcn: "Nông Sản Việt" }))).ok).toBe(true);
    const channel = await asUser(admin, () => saveChannel({ name: "Chợ phiên OCOP miền Trung", tiktokHandle: "chophien.mientrung", url: "https://www.tiktok.com/@chophien.mientrung" }));
    const channelId = (channel.result as { id: string }).id;
    expect(await asUser(admin, () => saveChannel({ name: "Sai", tiktokHandle: "sai.kenh", url: "http://example.com" }))).toMatchObject({ fieldErrors: { url: "urlInvalid" } });
    expect((await asUser(admin, () => setReferenceActive({ kind: "host", id: hostId, active: "false" }))).ok).toBe(true);
    const date = addDays(comingSaturday(), 14);
    expect(await asUser(staff, () => saveSession({ title: "Phiên thử", date, start: "08:00", end: "09:00", hostId, channelId }))).toMatchObject({ fieldErrors: { hostId: "hostInactive" } });
    await expect(asUser(staff, () => saveHost({ name: "Staff không được", tiktokHandle: "khong.duoc", mcn: "" }))).rejects.toThrow(AuthorizationError);
    const trail = await db.auditLog.findMany({ where: { entityId: hostId }, orderBy: { id: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["REFERENCE_DATA_CHANGED", "REFERENCE_DATA_CHANGED", "REFERENCE_DATA_CHANGED"]);
    expect(changedFields(trail[1]!.before, trail[1]!.after)).toEqual([{ field: "mcn", before: null, after: "Nông Sản Việt" }]);
  });
});

describe("refusals", () => {
  it("every admin action refuses staff, producers and visitors, changing nothing", async () => {
    const host = await db.host.create({ data: { name: "Người dẫn cũ", tiktokHandle: `cu.${Date.now()}` } });
    const calls = [
      (u: CurrentUser | null) => asUser(u, () => saveHost({ name: "Mới", tiktokHandle: "moi.host", mcn: "" })),
      (u: CurrentUser | null) => asUser(u, () => saveChannel({ name: "Mới", tiktokHandle: "moi.kenh", url: "https://www.tiktok.com/@moi.kenh" })),
      (u: CurrentUser | null) => asUser(u, () => setReferenceActive({ kind: "host", id: host.id, active: "false" })),
      (u: CurrentUser | null) => asUser(u, () => createStaffUser({ email: "moi@chophien.test", name: "Người mới", role: "ADMIN" })),
      (u: CurrentUser | null) => asUser(u, () => changeRole({ userId: staff.id, role: "ADMIN" })),
      (u: CurrentUser | null) => asUser(u, () => setUserStatus({ userId: admin.id, status: "DISABLED" })),
      (u: CurrentUser | null) => asUser(u, () => createResetLink({ userId: admin.id })),
    ];
    const producer = await as("PRODUCER");
    const before = { audit: await db.auditLog.count(), hosts: await db.host.count(), channels: await db.channel.count(), users: await db.user.count(), tokens: await db.passwordResetToken.count() };
    for (const call of calls) for (const caller of [staff, producer, null]) await expect(call(caller)).rejects.toThrow(AuthorizationError);
    expect({ audit: await db.auditLog.count(), hosts: await db.host.count(), channels: await db.channel.count(), users: await db.user.count(), tokens: await db.passwordResetToken.count() }).toEqual(before);
    expect(await db.host.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ active: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ status: "ACTIVE", role: "ADMIN" });
  });
});

describe("the audit trail", () => {
  it("filters by actor, entity, action and date, newest first, and pages by id", async () => {
    for (const name of ["mot", "hai", "ba"]) expect((await asUser(admin, () => saveHost({ name: `Người dẫn ${name}`, tiktokHandle: `nguoidan.${name}`, mcn: "" }))).ok).toBe(true);
    const page = await listAudit(staff, { actor: admin.email, entityType: "Host", action: "REFERENCE_DATA_CHANGED" });
    expect(page.items.length).toBeGreaterThanOrEqual(3);
    expect(page.items[0]!.actor?.email).toBe(admin.email);
    const ids = page.items.map((i) => BigInt(i.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    const older = await listAudit(staff, { entityType: "Host", before: ids[0] });
    expect(older.items.every((i) => BigInt(i.id) < ids[0]!)).toBe(true);
    expect((await listAudit(staff, { from: "2001-01-01", to: "2001-01-02" })).items).toEqual([]);
    await expect(listAudit(await as("PRODUCER"), {})).rejects.toThrow(AuthorizationError);
  });

  it("is refused an UPDATE or DELETE by the database itself", async () => {
    await expect(db.$executeRaw`UPDATE audit_log SET action = 'X'`).rejects.toThrow();
    await expect(db.$executeRaw`DELETE FROM audit_log`).rejects.toThrow();
  });
});
