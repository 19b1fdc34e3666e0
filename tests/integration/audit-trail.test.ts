import { beforeEach, describe, expect, it } from "vitest";
import { auditNames, describeEntries } from "@/lib/audit/describe";
import { listAudit } from "@/lib/audit/queries";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { saveSession, setSessionStatus } from "@/lib/planning/manage";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";

let staff: CurrentUser;

beforeEach(async () => {
  await seedReferenceData(db);
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF", name: "Phạm Quốc Bảo" })).id))!;
});

describe("the audit trail, for people", () => {
  it("names records instead of ids, labels fields, and says a status change in words", async () => {
    const saturday = addDays(comingSaturday(), 21);
    const first = await createHost(db, { name: "Quỳnh Nông Dân" });
    const second = await createHost(db, { name: "Lan Cao Nguyên" });
    const channel = await createChannel(db, { name: "Chợ phiên OCOP" });
    const producer = await createProducer(db, { name: "HTX Chè Tân Cương" });
    const product = await createProduct(db, producer.id, { name: "Chè búp Tân Cương" });
    const session = await createSession(db, { hostId: first.id, channelId: channel.id, startsAt: vnInstant(saturday, "07:00"), endsAt: vnInstant(saturday, "08:30"), title: "Chè Thái", status: "DRAFT", productIds: [product.id] });

    expect((await asUser(staff, () => setSessionStatus({ sessionId: session.id, version: "0", status: "SCHEDULED" }))).ok).toBe(true);
    const edit = { sessionId: session.id, version: "1", title: "Chè Thái Nguyên", date: saturday, start: "07:30", end: "09:00", hostId: second.id, channelId: channel.id, themeProvinceId: "", themeGroupId: "", themeDestination: "", liveUrl: "" };
    expect(await asUser(staff, () => saveSession(edit))).toMatchObject({ ok: true });

    const { items } = await listAudit(staff, { entityId: session.id });
    const [edited, published] = describeEntries(items, await auditNames(items, "vi"), "vi");

    expect(published).toMatchObject({ action: "SESSION_STATUS_CHANGED", entityName: expect.stringContaining("Chè Thái"), transition: { label: "Trạng thái", before: "Nháp", after: "Đã lên lịch" } });
    expect(edited!.entityName).toBe(`Chè Thái Nguyên · ${saturday.split("-").reverse().join("/")} 07:30`);
    const rows = Object.fromEntries(edited!.described.map((c) => [c.label, [c.before, c.after]]));
    expect(rows).toMatchObject({
      "Tiêu đề": ["Chè Thái", "Chè Thái Nguyên"],
      "Người dẫn": ["Quỳnh Nông Dân", "Lan Cao Nguyên"],
      "Bắt đầu": [expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} 07:00$/), expect.stringMatching(/ 07:30$/)],
    });
    // No ids, ISO instants, version counters or raw codes reach the reader.
    const text = JSON.stringify(edited!.described);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T|"version"|SCHEDULED/);

    const english = describeEntries(items, await auditNames(items, "en"), "en");
    expect(english[1]!.transition).toMatchObject({ label: "Status", before: "Draft", after: "Scheduled" });
  });
});
