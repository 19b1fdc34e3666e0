import { randomUUID } from "node:crypto";
import iconv from "iconv-lite";
import { beforeEach, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { previewImport, stageImport } from "@/lib/results/import";
import { importProgress, readImportProgress } from "@/lib/results/progress";
import { confirmImport, recordResults } from "@/lib/results/manage";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";
import { windows1258 } from "@/tests/support/encodings";

let staff: CurrentUser;
let sessionId: string;
let openSessionId: string;
let channelName: string;
let products: { id: string; slug: string; name: string }[];
const day = addDays(comingSaturday(), -14);

beforeEach(async () => {
  await seedReferenceData(db);
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
  const shop = await createProducer(db, { reviewStatus: "APPROVED" });
  products = await Promise.all([1, 2, 3].map(() => createProduct(db, shop.id)));
  const channel = await createChannel(db);
  channelName = channel.name;
  const host = await createHost(db);
  sessionId = (await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "COMPLETED", productIds: products.map((p) => p.id) })).id;
  const later = addDays(comingSaturday(), 7);
  openSessionId = (await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(later, "08:00"), endsAt: vnInstant(later, "09:00") })).id;
});

const stage = (text: string, name = "ket-qua.csv") => stageImport(new File([text], name, { type: "text/csv" }));
const figures = async () =>
  (await db.productResult.findMany({ where: { sessionId }, orderBy: { productId: "asc" }, select: { productId: true, orders: true, unitsSold: true, gmvVnd: true } })).map((r) => ({ ...r, gmvVnd: Number(r.gmvVnd) }));

describe("results import", () => {
  it("previews every problem with its line and a reason, and writes nothing", async () => {
    const [a, b] = products;
    const { sha256 } = await stage(
      [
        "Mã phiên;Sản phẩm;Số đơn;Số lượng bán;Doanh số",
        `${sessionId};${a!.slug};12;15;1.800.000`,
        // A backslash survives the preview's COPY (its text format reads "\\" as one).
        `${sessionId};khong-co\\san-pham-nay;1;1;100`,
        `00000000-0000-4000-8000-000000000000;${b!.slug};1;1;100`,
        `${sessionId};${b!.slug};-3;1;100`,
        `${sessionId};${b!.slug};abc;1;100`,
        `${sessionId};${a!.slug};1;1;100`,
        `${openSessionId};${b!.slug};1;1;100`,
      ].join("\n"),
    );
    const plan = await previewImport(sha256);
    expect([...plan.problems].sort((x, y) => x.line - y.line)).toEqual([
      { line: 4, key: "unknownSession", detail: "00000000-0000-4000-8000-000000000000" },
      { line: 5, key: "notANumber", detail: "orders" },
      { line: 6, key: "notANumber", detail: "orders" },
      { line: 3, key: "productNotFound", detail: "khong-co\\san-pham-nay" },
      { line: 7, key: "duplicateRow", detail: "2" },
      { line: 8, key: "sessionNotCompleted", detail: openSessionId },
    ].sort((x, y) => x.line - y.line));
    expect(plan.problemCount).toBe(6);
    expect(plan.created).toBe(1);
    expect(await asUser(staff, () => confirmImport({ sha256, fileName: "ket-qua.csv" }))).toMatchObject({ ok: false, formError: "importHasProblems" });
    expect(await db.productResult.count({ where: { sessionId } })).toBe(0);
    expect(await db.resultImport.count()).toBe(0);
  });

  it("imports all rows in one go, by date + channel + start time and by name, English headers and ','; again changes nothing", async () => {
    const [a, b, c] = products;
    const text = [
      "date,channel,start_time,product,orders,units,gmv,viewers",
      `${day},"${channelName}",08:00,${a!.slug},10,12,"1,200,000",5000`,
      `${day},"${channelName}",8:00,"${b!.name}",3,3,450000,5000`,
      `${day},"${channelName}",08:00,${c!.slug},0,0,0,5000`,
    ].join("\r\n");
    const { sha256 } = await stage(`\uFEFF${text}`);
    const plan = await previewImport(sha256);
    expect([...plan.problems].sort((x, y) => x.line - y.line)).toEqual([]);
    expect(plan).toMatchObject({ rows: 3, created: 3, updated: 0, removed: 0, sessions: 1 });
    const state = await asUser(staff, () => confirmImport({ sha256, fileName: "ket-qua.csv" }));
    expect(state).toMatchObject({ ok: true, result: { created: 3 } });
    expect((await figures()).map((f) => f.gmvVnd).sort((x, y) => x - y)).toEqual([0, 450_000, 1_200_000]);
    expect(await db.sessionResult.findUniqueOrThrow({ where: { sessionId } })).toMatchObject({ viewers: 5000, peakViewers: 0, source: "IMPORT" });
    const imported = await db.resultImport.findFirstOrThrow();
    expect(imported).toMatchObject({ fileName: "ket-qua.csv", sha256, rowCount: 3, createdCount: 3, updatedCount: 0, importedById: staff.id });
    const auditBefore = await db.auditLog.count();
    expect(await asUser(staff, () => confirmImport({ sha256, fileName: "ket-qua.csv" }))).toMatchObject({ ok: true, result: { importId: null, unchanged: 3 } });
    expect(await db.resultImport.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("reads a file Excel saved as UTF-16 or in the Windows-1258 code page, Vietnamese headers and names intact", async () => {
    const [a, b] = products;
    const text = ["Mã phiên;Sản phẩm;Số đơn;Số lượng bán;Doanh số", `${sessionId};${a!.name};2;3;300.000`, `${sessionId};${b!.name};1;1;90.000`].join("\r\n") + "\r\n";
    for (const [encoding, bytes] of [
      ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
      ["utf-16be", iconv.encode(`\uFEFF${text}`, "utf16be")],
      ["windows-1258", windows1258(text)],
    ] as const) {
      const { sha256 } = await stageImport(new File([new Uint8Array(bytes)], `ket-qua-${encoding}.csv`, { type: "text/csv" }));
      const plan = await previewImport(sha256);
      expect(plan.problems, encoding).toEqual([]);
      expect(plan, encoding).toMatchObject({ rows: 2, created: 2, sessions: 1 });
    }
  });

  it("a corrected file replaces the session's figures and the audit shows the difference", async () => {
    const [a, b, c] = products;
    const first = await stage(["session_id,sku,orders,units,gmv", `${sessionId},${a!.slug},1,1,100`, `${sessionId},${b!.slug},2,2,200`, `${sessionId},${c!.slug},3,3,300`].join("\n"));
    await asUser(staff, () => confirmImport({ sha256: first.sha256, fileName: "lan-1.csv" }));
    const second = await stage(["session_id,sku,orders,units,gmv", `${sessionId},${a!.slug},1,1,100`, `${sessionId},${b!.slug},5,5,500`].join("\n"));
    expect(await previewImport(second.sha256)).toMatchObject({ created: 0, updated: 1, unchanged: 1, removed: 1 });
    expect((await asUser(staff, () => confirmImport({ sha256: second.sha256, fileName: "lan-2.csv" }))).ok).toBe(true);
    expect((await figures()).map((f) => f.gmvVnd).sort((x, y) => x - y)).toEqual([100, 500]);
    const [latest] = await db.auditLog.findMany({ where: { entityId: sessionId, action: "RESULTS_RECORDED" }, orderBy: { id: "desc" }, take: 1 });
    expect(latest!.before).toEqual({ products: expect.arrayContaining([{ productId: b!.id, orders: 2, units: 2, gmv: "200" }, { productId: c!.id, orders: 3, units: 3, gmv: "300" }]) });
    expect(latest!.after).toMatchObject({ products: [{ productId: b!.id, orders: 5, units: 5, gmv: "500" }] });
  });

  it("each line names the import that wrote it; deleting that import clears the name, as its foreign key did", async () => {
    const [a, b] = products;
    const first = await stage(["session_id,sku,orders,units,gmv", `${sessionId},${a!.slug},1,1,100`, `${sessionId},${b!.slug},2,2,200`].join("\n"));
    const one = await asUser(staff, () => confirmImport({ sha256: first.sha256, fileName: "lan-1.csv" }));
    const second = await stage(["session_id,sku,orders,units,gmv", `${sessionId},${a!.slug},1,1,100`, `${sessionId},${b!.slug},4,4,400`].join("\n"));
    const two = await asUser(staff, () => confirmImport({ sha256: second.sha256, fileName: "lan-2.csv" }));
    const firstId = one.ok ? one.result?.importId : null;
    const secondId = two.ok ? two.result?.importId : null;
    expect(firstId && secondId).toBeTruthy();
    const names = async () => Object.fromEntries((await db.productResult.findMany({ where: { sessionId }, select: { productId: true, importId: true } })).map((r) => [r.productId, r.importId]));
    // The unchanged line keeps the import that wrote it; the changed one names the second.
    expect(await names()).toEqual({ [a!.id]: firstId, [b!.id]: secondId });
    await db.resultImport.delete({ where: { id: firstId! } });
    expect(await names()).toEqual({ [a!.id]: null, [b!.id]: secondId });
    expect(await figures()).toEqual(expect.arrayContaining([expect.objectContaining({ productId: b!.id, gmvVnd: 400 })]));
  });

  it("the confirmation checks the previewed lines again: a session cancelled in between stops the import", async () => {
    const { sha256 } = await stage(["session_id,sku,orders,units,gmv", `${sessionId},${products[0]!.slug},1,1,100`].join("\n"));
    expect(await previewImport(sha256)).toMatchObject({ problemCount: 0, created: 1 });
    await db.liveSession.update({ where: { id: sessionId }, data: { status: "CANCELLED" } });
    expect(await asUser(staff, () => confirmImport({ sha256, fileName: "x.csv" }))).toMatchObject({ ok: false, formError: "importHasProblems" });
    // Called what it is: cancelled, not "not over yet".
    expect((await previewImport(sha256)).problems).toEqual([{ line: 2, key: "sessionCancelled", detail: sessionId }]);
    expect(await db.productResult.count({ where: { sessionId } })).toBe(0);
    await db.liveSession.update({ where: { id: sessionId }, data: { status: "COMPLETED" } });
    expect(await asUser(staff, () => confirmImport({ sha256, fileName: "x.csv" }))).toMatchObject({ ok: true, result: { created: 1 } });
    expect(await db.productResult.count({ where: { sessionId } })).toBe(1);
  });

  it("reports its progress to the page, to the person who started it only", async () => {
    const job = randomUUID();
    const rows = Array.from({ length: 3000 }, (_, i) => `${sessionId},khong-co-${i},1,1,100`);
    const { sha256 } = await stage(["session_id,sku,orders,units,gmv", ...rows].join("\n"));
    const plan = await previewImport(sha256, importProgress(job, staff.id));
    expect(plan).toMatchObject({ rows: 3000, problemCount: 3000 });
    let seen = null;
    for (let i = 0; i < 50 && seen?.phase !== "check"; i++) {
      seen = await readImportProgress(staff, job);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen).toEqual({ phase: "check", done: 0, total: 3000 });
    const other = await loadActiveUser((await createUser(db, { role: "STAFF" })).id);
    expect(await readImportProgress(other, job)).toBeNull();
    const producer = await loadActiveUser((await createUser(db, { role: "PRODUCER" })).id);
    await expect(readImportProgress(producer, job)).rejects.toThrow(AuthorizationError);
  });

  it("keeps a recorded peak within the imported viewers", async () => {
    await db.sessionResult.create({ data: { sessionId, viewers: 10_000, peakViewers: 3_000 } });
    const { sha256 } = await stage(["session_id,sku,orders,units,gmv,viewers", `${sessionId},${products[0]!.slug},1,1,100,2000`].join("\n"));
    expect((await asUser(staff, () => confirmImport({ sha256, fileName: "x.csv" }))).ok).toBe(true);
    expect(await db.sessionResult.findUniqueOrThrow({ where: { sessionId } })).toMatchObject({ viewers: 2_000, peakViewers: 2_000 });
  });

  it("refuses a file without the needed columns, and visitors and producers", async () => {
    const { sha256 } = await stage("Ngày;Sản phẩm;Số đơn\n2026-11-01;x;1\n");
    expect((await previewImport(sha256)).problems).toEqual([{ line: 1, key: "missingColumns", detail: "Mã phiên (session_id), Số lượng bán (units), Doanh số (gmv)" }]);
    const producer = await loadActiveUser((await createUser(db, { role: "PRODUCER" })).id);
    await expect(asUser(producer, () => confirmImport({ sha256, fileName: "x.csv" }))).rejects.toThrow(AuthorizationError);
    await expect(asUser(null, () => confirmImport({ sha256, fileName: "x.csv" }))).rejects.toThrow(AuthorizationError);
  });
});

describe("results entered by hand", () => {
  it("records session and product figures, Vietnamese numbers included, with a reason for a product outside the line-up, audited", async () => {
    const [a, b] = products;
    const shop = await createProducer(db, { reviewStatus: "APPROVED" });
    const outside = await createProduct(db, shop.id);
    const form = { sessionId, viewers: "12.500", peakViewers: "1.300", durationMinutes: "60", newFollowers: "", [`orders:${a!.id}`]: "20", [`units:${a!.id}`]: "25", [`gmv:${a!.id}`]: "3.000.000", [`gmv:${b!.id}`]: "-1" };
    expect(await asUser(staff, () => recordResults(form))).toMatchObject({ ok: false, fieldErrors: { [`gmv:${b!.id}`]: "figureInvalid" } });
    expect(await asUser(staff, () => recordResults({ ...form, [`gmv:${b!.id}`]: "0", peakViewers: "20.000" }))).toMatchObject({ fieldErrors: { peakViewers: "peakAboveViewers" } });
    expect(await asUser(staff, () => recordResults({ ...form, [`gmv:${b!.id}`]: "0", extraProduct: outside.slug }))).toMatchObject({ fieldErrors: { extraReason: "reasonRequired" } });
    expect(await db.productResult.count({ where: { sessionId } })).toBe(0);
    const ok = await asUser(staff, () => recordResults({ ...form, [`gmv:${b!.id}`]: "0", extraProduct: outside.slug, extraReason: "Khách hỏi mua trong phiên" }));
    expect(ok.ok).toBe(true);
    expect(await db.sessionResult.findUniqueOrThrow({ where: { sessionId } })).toMatchObject({ viewers: 12_500, peakViewers: 1_300, source: "MANUAL", enteredById: staff.id });
    expect(await db.productResult.findUniqueOrThrow({ where: { sessionId_productId: { sessionId, productId: a!.id } } })).toMatchObject({ orders: 20, unitsSold: 25, gmvVnd: 3_000_000n });
    expect(await db.productResult.findUniqueOrThrow({ where: { sessionId_productId: { sessionId, productId: outside.id } } })).toMatchObject({ note: "Khách hỏi mua trong phiên" });
    expect(await db.auditLog.count({ where: { entityId: sessionId, action: "RESULTS_RECORDED", actorId: staff.id } })).toBe(1);
    expect(await asUser(staff, () => recordResults({ ...form, [`gmv:${b!.id}`]: "0", sessionId: openSessionId }))).toMatchObject({ formError: "sessionNotOver" });
  });

  it("takes 20 entries for 20 sessions of one Saturday at once, and the day's rollup equals the lines", async () => {
    const other = addDays(comingSaturday(), -21);
    const shop = await createProducer(db, { reviewStatus: "APPROVED" });
    const product = await createProduct(db, shop.id);
    const sessions = [];
    for (let i = 0; i < 20; i++) {
      const [host, channel] = [await createHost(db), await createChannel(db)];
      sessions.push(await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(other, "07:00"), endsAt: vnInstant(other, "11:00"), status: "COMPLETED", productIds: [product.id] }));
    }
    const outcomes = await Promise.all(
      sessions.map((session, i) =>
        asUser(staff, () => recordResults({ sessionId: session.id, viewers: "1000", peakViewers: "100", durationMinutes: "60", newFollowers: "", [`orders:${product.id}`]: String(i + 1), [`units:${product.id}`]: String(i + 1), [`gmv:${product.id}`]: String((i + 1) * 10_000) })),
      ),
    );
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const [lines] = await db.$queryRaw<{ gmv: bigint; orders: bigint }[]>`
      SELECT sum(r.gmv_vnd)::bigint AS gmv, sum(r.orders)::bigint AS orders FROM product_results r JOIN live_sessions s ON s.id = r.session_id
      WHERE (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ${other}::date`;
    const [rollup] = await db.$queryRaw<{ gmv: bigint; orders: bigint; sessions: number }[]>`
      SELECT gmv, orders, sessions FROM result_days WHERE dim = 'all' AND day = ${other}::date`;
    expect(lines).toEqual({ gmv: 2_100_000n, orders: 210n });
    expect(rollup).toEqual({ gmv: 2_100_000n, orders: 210n, sessions: 20 });
  });
});
