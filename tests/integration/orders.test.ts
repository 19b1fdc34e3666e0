import iconv from "iconv-lite";
import { beforeEach, describe, expect, it } from "vitest";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { ATTRIBUTION_GRACE_MINUTES } from "@/lib/orders/columns";
import { orderStagedKey, previewOrderImport } from "@/lib/orders/import";
import { confirmOrderImport, updateProductListing } from "@/lib/orders/manage";
import { getOrderReport, getOwnOrderFigures, getShopOrderMonths } from "@/lib/orders/queries";
import { AuthorizationError } from "@/lib/auth/policy";
import { stageImport } from "@/lib/results/import";
import { recordResults } from "@/lib/results/manage";
import { changeLineup, saveSession, setSessionStatus } from "@/lib/planning/manage";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";
import { asUser } from "@/tests/support/acting-user";
import { BUYER, exportCsv, exportTime, exportXlsx, type ExportLine } from "@/tests/support/order-export";

let owner: CurrentUser;
let stranger: CurrentUser;
let staff: CurrentUser;
let shopId: string;
let otherShopId: string;
let tea: { id: string };
let fruit: { id: string };
let morning: string;
let late: string;
const day = addDays(comingSaturday(), -14);
const t = (time: string) => exportTime(day, time);

beforeEach(async () => {
  // One database per file: each test starts without the others' orders and figures.
  await db.$executeRawUnsafe("DELETE FROM order_lines; DELETE FROM order_rollups; DELETE FROM order_totals; DELETE FROM order_imports; DELETE FROM product_skus; DELETE FROM product_results");
  await seedReferenceData(db);
  owner = (await loadActiveUser((await createUser(db)).id))!;
  stranger = (await loadActiveUser((await createUser(db)).id))!;
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
  shopId = (await createProducer(db, { memberUserIds: [owner.id] })).id;
  otherShopId = (await createProducer(db, { memberUserIds: [stranger.id] })).id;
  owner = (await loadActiveUser(owner.id))!;
  stranger = (await loadActiveUser(stranger.id))!;
  tea = await createProduct(db, shopId);
  fruit = await createProduct(db, shopId);
  await db.productSku.createMany({
    data: [
      { producerId: shopId, productId: tea.id, value: "1729000000000000001" },
      { producerId: shopId, productId: tea.id, value: "TRA-200G" },
      { producerId: shopId, productId: fruit.id, value: "THANHLONG-5KG" },
    ],
  });
  const host = await createHost(db);
  const channel = await createChannel(db);
  const channel2 = await createChannel(db);
  // 08:00–09:00 features tea and fruit; 09:30–10:30 (another channel) tea only; 20:00–21:00 fruit.
  morning = (await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "COMPLETED", productIds: [tea.id, fruit.id] })).id;
  late = (await createSession(db, { hostId: (await createHost(db)).id, channelId: channel2.id, startsAt: vnInstant(day, "09:30"), endsAt: vnInstant(day, "10:30"), status: "COMPLETED", productIds: [tea.id] })).id;
  await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "20:00"), endsAt: vnInstant(day, "21:00"), status: "COMPLETED", productIds: [fruit.id] });
});

const stage = (content: string | Buffer, name = "orders.csv") => stageImport(new File([new Uint8Array(Buffer.from(content))], name), orderStagedKey);
const confirm = (user: CurrentUser, sha256: string, producerId = shopId, fileName = "orders.csv") => asUser(user, () => confirmOrderImport({ sha256, fileName, producerId }));
const line = (orderId: string, skuId: string, paid: string, subtotal: number, extra: Partial<ExportLine> = {}): ExportLine => ({ orderId, skuId, paid, subtotal, ...extra });
const figures = async (sessionId: string) =>
  (await db.productResult.findMany({ where: { sessionId }, orderBy: { productId: "asc" } })).map((r) => ({
    productId: r.productId, orders: r.orders, units: r.unitsSold, gmv: Number(r.gmvVnd), cancelled: Number(r.cancelledVnd), refunded: Number(r.refundedVnd), damage: Number(r.damageVnd), source: r.source,
  }));

/** Rows that differ between the order rollup and the same sums from the order lines, or between the totals and the rollup: none. */
async function rollupDifferences(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    WITH raw AS (
      SELECT producer_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000') AS product_id, (paid_time AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
             coalesce(session_id, '00000000-0000-0000-0000-000000000000') AS session_id, count(*)::int AS lines, count(DISTINCT order_id)::int AS orders, sum(gross_vnd)::bigint AS gross,
             sum(cancelled_vnd)::bigint AS cancelled, sum(refunded_vnd)::bigint AS refunded, coalesce(sum(refunded_vnd) FILTER (WHERE damage), 0)::bigint AS damage
      FROM order_lines WHERE paid_time IS NOT NULL GROUP BY 1, 2, 3, 4),
    roll AS (SELECT producer_id, product_id, day, session_id, lines, orders, gross, cancelled, refunded, damage FROM order_rollups)
    SELECT count(*)::int AS n FROM ((SELECT * FROM raw EXCEPT SELECT * FROM roll) UNION ALL (SELECT * FROM roll EXCEPT SELECT * FROM raw)) d`;
  // The totals (per shop, product and in/out of session) against the same sums of the rollup.
  const [totals] = await db.$queryRaw<{ n: number }[]>`
    WITH raw AS (
      SELECT producer_id, product_id, session_id <> '00000000-0000-0000-0000-000000000000' AS in_session, sum(lines)::int AS lines, sum(orders)::int AS orders,
             sum(gross)::bigint AS gross, sum(cancelled)::bigint AS cancelled, sum(refunded)::bigint AS refunded, sum(damage)::bigint AS damage
      FROM order_rollups GROUP BY 1, 2, 3),
    tot AS (SELECT producer_id, product_id, in_session, lines, orders, gross, cancelled, refunded, damage FROM order_totals)
    SELECT count(*)::int AS n FROM ((SELECT * FROM raw EXCEPT SELECT * FROM tot) UNION ALL (SELECT * FROM tot EXCEPT SELECT * FROM raw)) d`;
  return row!.n + totals!.n;
}

describe("order export import", () => {
  it("reads an English CSV export, attributes its lines to sessions, works out gross and net, and keeps no buyer data", async () => {
    const text = exportCsv([
      line("577000000000000001", "1729000000000000001", t("08:10:00"), 300_000, { quantity: 2 }),
      // Matched by Seller SKU (no SKU ID match), refunded in part for breakage.
      line("577000000000000002", "9999", t("08:20:00"), 500_000, { sellerSku: "THANHLONG-5KG", quantity: 2, returned: 1, reason: "Hàng bị vỡ khi nhận", returnType: "Return/Refund" }),
      line("577000000000000003", "1729000000000000001", t("08:30:00"), 150_000, { status: "Cancelled", reason: "Buyer changed mind" }),
      // Outside every session: kept, shown as baseline.
      line("577000000000000004", "1729000000000000001", t("15:00:00"), 150_000),
      // Not paid: not in GMV.
      line("577000000000000005", "1729000000000000001", "", 150_000, { status: "Unpaid", created: t("08:40:00") }),
    ]);
    const { sha256 } = await stage(text);
    const plan = await previewOrderImport(shopId, sha256);
    expect(plan).toMatchObject({ rows: 5, duplicates: 0, matched: 5, attributed: 3, unattributed: 2, created: 5, sessions: 1, problemCount: 0 });
    expect(plan).toMatchObject({ gross: "1100000", cancelled: "150000", refunded: "250000", damage: "250000" });
    expect(await db.orderLine.count()).toBe(0);

    expect(await confirm(owner, sha256)).toMatchObject({ ok: true, result: { rows: 5, created: 5, attributed: 3 } });
    expect(await figures(morning)).toEqual(
      [
        { productId: tea.id, orders: 2, units: 3, gmv: 450_000, cancelled: 150_000, refunded: 0, damage: 0, source: "ORDERS" },
        { productId: fruit.id, orders: 1, units: 2, gmv: 500_000, cancelled: 0, refunded: 250_000, damage: 250_000, source: "ORDERS" },
      ].sort((a, b) => a.productId.localeCompare(b.productId)),
    );
    const outside = await db.orderLine.findUnique({ where: { orderId_skuId: { orderId: "577000000000000004", skuId: "1729000000000000001" } } });
    expect(outside).toMatchObject({ sessionId: null, productId: tea.id, grossVnd: 150_000n });
    // The description row was not read as an order, and no buyer data is stored anywhere.
    const everything = JSON.stringify([await db.orderLine.findMany(), await db.orderImport.findMany(), await db.auditLog.findMany()], (_k, v) => (typeof v === "bigint" ? String(v) : v));
    for (const personal of Object.values(BUYER)) expect(everything).not.toContain(personal);
    expect(everything).not.toContain("Platform unique order ID");
    expect(await db.orderImport.findFirst()).toMatchObject({ producerId: shopId, importedById: owner.id, rowCount: 5, createdCount: 5, sha256 });
    expect(await db.auditLog.count({ where: { action: "ORDERS_IMPORTED", actorId: owner.id } })).toBe(1);
  });

  it("keeps each line's producer and import: neither can be deleted while lines name them (the import checked per statement, not per line)", async () => {
    const { sha256 } = await stage(exportCsv([line("577000000000000101", "1729000000000000001", t("08:10:00"), 300_000)]));
    expect(await confirm(owner, sha256)).toMatchObject({ ok: true });
    const { importId } = (await db.orderLine.findFirstOrThrow({ select: { importId: true } }));
    await expect(db.$executeRaw`DELETE FROM order_imports WHERE id = ${importId}::uuid`).rejects.toThrow(/order lines still name this order import/);
    // The producer is held by its import's own foreign key.
    await expect(db.$executeRaw`DELETE FROM producers WHERE id = ${shopId}::uuid`).rejects.toThrow(/foreign key/);
    expect(await db.orderImport.count({ where: { id: importId } })).toBe(1);
    // Without lines, the import goes (the producer's other rows are another matter).
    await db.$executeRaw`DELETE FROM order_lines WHERE import_id = ${importId}::uuid`;
    expect(await db.$executeRaw`DELETE FROM order_imports WHERE id = ${importId}::uuid`).toBe(1);
  });

  it("attributes at the window's edges, and to the latest-starting session when two qualify", async () => {
    const grace = ATTRIBUTION_GRACE_MINUTES;
    const plus = (hhmm: string, minutes: number) => {
      const [h, m] = hhmm.split(":").map(Number);
      const total = h! * 60 + m! + minutes;
      return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}:00`;
    };
    const lines = [
      line("1001", "TRA-200G", t("07:59:59"), 100), // before the first start: no session
      line("1002", "TRA-200G", t("08:00:00"), 100), // at the start: morning
      line("1003", "TRA-200G", t("09:45:00"), 100), // morning's grace and late's window: late (starts later)
      line("1004", "TRA-200G", t(plus("10:30", grace)), 100), // late's end + grace exactly: late
      line("1005", "TRA-200G", exportTime(day, plus("10:30", grace)).replace(/:00$/, ":01"), 100), // one second after: none
      line("1006", "THANHLONG-5KG", t("09:45:00"), 100), // fruit is not in late's line-up: morning (grace)
      line("1007", "THANHLONG-5KG", t("19:59:00"), 100), // before evening: none
    ].map((l) => ({ ...l, sellerSku: l.skuId, skuId: "" }));
    const { sha256 } = await stage(exportCsv(lines));
    expect(await confirm(owner, sha256)).toMatchObject({ ok: true });
    const sessions = Object.fromEntries((await db.orderLine.findMany({ select: { orderId: true, sessionId: true } })).map((l) => [l.orderId, l.sessionId]));
    expect(sessions).toEqual({ "1001": null, "1002": morning, "1003": late, "1004": late, "1005": null, "1006": morning, "1007": null });
  });

  it("updates lines from a later export (statuses, returns, refunds), is idempotent, and keeps a duplicate line once", async () => {
    const first = exportCsv([
      line("2001", "TRA-200G", t("08:05:00"), 200_000),
      line("2002", "THANHLONG-5KG", t("08:06:00"), 400_000, { quantity: 4 }),
      line("2002", "THANHLONG-5KG", t("08:06:00"), 400_000, { quantity: 4 }),
    ]);
    const a = await stage(first);
    expect(await previewOrderImport(shopId, a.sha256)).toMatchObject({ rows: 3, duplicates: 1, created: 2 });
    expect(await confirm(owner, a.sha256)).toMatchObject({ ok: true, result: { created: 2 } });
    // Again: nothing changes, no second provenance row.
    expect(await confirm(owner, a.sha256)).toMatchObject({ ok: true, result: { importId: null, created: 0, updated: 0, unchanged: 2 } });
    expect(await db.orderImport.count()).toBe(1);

    const later = exportCsv([
      line("2001", "TRA-200G", t("08:05:00"), 200_000, { status: "Cancelled", reason: "Out of stock" }),
      line("2002", "THANHLONG-5KG", t("08:06:00"), 400_000, { quantity: 4, returned: 2, status: "Completed", reason: "Quả bị dập, hư hỏng", returnType: "Return/Refund" }),
      line("2003", "TRA-200G", t("08:07:00"), 100_000, { orderRefund: 100_000, reason: "Sai mô tả", returnType: "Refund only" }),
    ]);
    const b = await stage(later, "orders-later.csv");
    expect(await previewOrderImport(shopId, b.sha256)).toMatchObject({ created: 1, updated: 2, unchanged: 0 });
    expect(await confirm(owner, b.sha256, shopId, "orders-later.csv")).toMatchObject({ ok: true, result: { created: 1, updated: 2 } });
    expect(await db.orderLine.count()).toBe(3);
    expect(await db.orderRollup.count()).toBeGreaterThan(0);
    expect(await rollupDifferences()).toBe(0);
    expect(await figures(morning)).toEqual(
      [
        { productId: tea.id, orders: 2, units: 2, gmv: 300_000, cancelled: 200_000, refunded: 100_000, damage: 0, source: "ORDERS" },
        { productId: fruit.id, orders: 1, units: 4, gmv: 400_000, cancelled: 0, refunded: 200_000, damage: 200_000, source: "ORDERS" },
      ].sort((x, y) => x.productId.localeCompare(y.productId)),
    );
  });

  it("replaces typed figures for the products it has orders for, and drops its figures when the lines leave the session", async () => {
    await db.productResult.create({ data: { sessionId: morning, productId: tea.id, orders: 9, unitsSold: 9, gmvVnd: 9_000_000n, source: "MANUAL" } });
    await db.productResult.create({ data: { sessionId: morning, productId: fruit.id, orders: 1, unitsSold: 1, gmvVnd: 1_000n, source: "MANUAL" } });
    const a = await stage(exportCsv([line("3001", "TRA-200G", t("08:05:00"), 250_000)]));
    await confirm(owner, a.sha256);
    expect((await figures(morning)).map((f) => [f.productId === tea.id ? "tea" : "fruit", f.gmv, f.source]).sort()).toEqual([["fruit", 1_000, "MANUAL"], ["tea", 250_000, "ORDERS"]]);
    // The platform corrected the paid time: the line is now outside every session.
    const b = await stage(exportCsv([line("3001", "TRA-200G", t("14:05:00"), 250_000)]), "fixed.csv");
    await confirm(owner, b.sha256, shopId, "fixed.csv");
    expect((await figures(morning)).map((f) => f.source)).toEqual(["MANUAL"]);
    // The line moved from the session to outside it, on the same day: the rollup followed.
    expect(await db.orderRollup.findMany({ select: { sessionId: true, gross: true } })).toEqual([{ sessionId: "00000000-0000-0000-0000-000000000000", gross: 250_000n }]);
    expect(await rollupDifferences()).toBe(0);
  });

  it("attributes imported lines again when a session moves, changes its line-up or is cancelled", async () => {
    // A noon session, still "scheduled" (staff had not closed it), featuring fruit only.
    const host = await createHost(db);
    const channel = await createChannel(db);
    const noon = (await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "12:00"), endsAt: vnInstant(day, "13:00"), status: "SCHEDULED", productIds: [fruit.id] })).id;
    const { sha256 } = await stage(exportCsv([line("6001", "THANHLONG-5KG", t("12:20:00"), 300_000), line("6002", "TRA-200G", t("12:40:00"), 200_000), line("6003", "TRA-200G", t("08:30:00"), 100_000)]));
    expect(await confirm(owner, sha256)).toMatchObject({ ok: true });
    const sessionOf = async () => Object.fromEntries((await db.orderLine.findMany({ select: { orderId: true, sessionId: true } })).map((l) => [l.orderId, l.sessionId]));
    const gmvOf = async (sessionId: string) => Object.fromEntries((await figures(sessionId)).map((f) => [f.productId === tea.id ? "tea" : "fruit", f.gmv]));
    expect(await sessionOf()).toEqual({ "6001": noon, "6002": null, "6003": morning });
    const version = async () => String((await db.liveSession.findUniqueOrThrow({ where: { id: noon } })).version);

    // Tea was sold in the session too: added to its line-up, its line is the session's.
    expect(await asUser(staff, () => changeLineup({ sessionId: noon, productId: tea.id, change: "add" }))).toMatchObject({ ok: true, result: { ordersReattributed: 1 } });
    expect(await sessionOf()).toEqual({ "6001": noon, "6002": noon, "6003": morning });
    expect(await gmvOf(noon)).toEqual({ fruit: 300_000, tea: 200_000 });

    // The session really ran in the afternoon: its noon lines are outside sessions now (the morning's stays).
    const v1 = await version();
    const moved = await asUser(staff, () => saveSession({ sessionId: noon, version: v1, title: "Phiên trưa", date: day, start: "15:00", end: "16:00", hostId: host.id, channelId: channel.id }));
    expect(moved).toMatchObject({ ok: true, result: { ordersReattributed: 2 } });
    expect(await sessionOf()).toEqual({ "6001": null, "6002": null, "6003": morning });
    expect(await figures(noon)).toEqual([]);
    expect(await rollupDifferences()).toBe(0);

    // Back at noon, then called off: its lines leave it again.
    const v2 = await version();
    expect(await asUser(staff, () => saveSession({ sessionId: noon, version: v2, title: "Phiên trưa", date: day, start: "12:00", end: "13:00", hostId: host.id, channelId: channel.id }))).toMatchObject({ ok: true });
    expect(await gmvOf(noon)).toEqual({ fruit: 300_000, tea: 200_000 });
    const v3 = await version();
    expect(await asUser(staff, () => setSessionStatus({ sessionId: noon, version: v3, status: "CANCELLED" }))).toMatchObject({ ok: true, result: { ordersReattributed: 2 } });
    expect(await sessionOf()).toEqual({ "6001": null, "6002": null, "6003": morning });
    expect(await figures(noon)).toEqual([]);
    expect(await rollupDifferences()).toBe(0);
    // Each move is in the audit trail, with how many lines moved.
    const audits = await db.auditLog.findMany({ where: { action: "ORDERS_REATTRIBUTED", entityId: noon }, orderBy: { id: "asc" } });
    expect(audits.map((a) => (a.after as { lines: number }).lines)).toEqual([1, 2, 2, 2]);
  });

  it("forgets a staged export a day after its preview, when another is previewed, and keeps the others", async () => {
    const staged = async () =>
      (await db.$queryRaw<{ sha256: string; rows: number }[]>`
        SELECT p.sha256, (SELECT count(*)::int FROM order_staged_rows r WHERE r.sha256 = p.sha256) AS rows FROM order_staged_plans p ORDER BY p.staged_at`).map((r) => [r.sha256, r.rows]);
    const old = await stage(exportCsv([line("7101", "TRA-200G", t("08:10:00"), 100_000), line("7102", "TRA-200G", t("08:11:00"), 100_000)]));
    const recent = await stage(exportCsv([line("7103", "TRA-200G", t("08:12:00"), 100_000)]));
    await previewOrderImport(shopId, old.sha256);
    await previewOrderImport(shopId, recent.sha256);
    expect(await staged()).toEqual([[old.sha256, 2], [recent.sha256, 1]]);
    await db.$executeRaw`UPDATE order_staged_plans SET staged_at = now() - interval '25 hours' WHERE sha256 = ${old.sha256}`;
    const next = await stage(exportCsv([line("7104", "THANHLONG-5KG", t("08:13:00"), 100_000)]));
    await previewOrderImport(shopId, next.sha256);
    expect(await staged()).toEqual([[recent.sha256, 1], [next.sha256, 1]]);
    expect(await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM order_staged_rows WHERE sha256 = ${old.sha256}`).toEqual([{ n: 0 }]);
    // The forgotten one can still be confirmed: its file is planned again from the store.
    expect(await confirm(owner, old.sha256)).toMatchObject({ ok: true, result: { created: 2 } });
  });

  it("confirms the preview's plan as it was when nothing it read has changed, and plans again when the SKUs, the sessions or the lines have", async () => {
    const lineOf = (orderId: string) => db.orderLine.findFirstOrThrow({ where: { orderId } });
    // Nothing changed: the staged plan is what gets written (a staged figure altered on purpose shows it).
    const same = await stage(exportCsv([line("7001", "TRA-200G", t("08:10:00"), 300_000)]));
    expect(await previewOrderImport(shopId, same.sha256)).toMatchObject({ created: 1, attributed: 1 });
    await db.$executeRaw`UPDATE order_staged_rows SET gross = gross + 1 WHERE sha256 = ${same.sha256}`;
    expect(await confirm(owner, same.sha256)).toMatchObject({ ok: true, result: { created: 1 } });
    expect((await lineOf("7001")).grossVnd).toBe(300_001n);

    // A SKU linked to a product after the preview: the confirmation plans again and matches it.
    const sku = await stage(exportCsv([line("7002", "CHE-MOI", t("08:20:00"), 120_000)]));
    expect(await previewOrderImport(shopId, sku.sha256)).toMatchObject({ matched: 0, attributed: 0 });
    await db.productSku.create({ data: { producerId: shopId, productId: tea.id, value: "CHE-MOI" } });
    expect(await confirm(owner, sku.sha256)).toMatchObject({ ok: true, result: { attributed: 1 } });
    expect(await lineOf("7002")).toMatchObject({ productId: tea.id, sessionId: morning, grossVnd: 120_000n });

    // The session moved after the preview: the line at 08:30 is no longer in its window.
    const moved = await stage(exportCsv([line("7003", "TRA-200G", t("08:30:00"), 90_000)]));
    expect(await previewOrderImport(shopId, moved.sha256)).toMatchObject({ attributed: 1 });
    await db.liveSession.update({ where: { id: morning }, data: { startsAt: vnInstant(day, "18:00"), endsAt: vnInstant(day, "19:00") } });
    expect(await confirm(owner, moved.sha256)).toMatchObject({ ok: true, result: { attributed: 0 } });
    expect((await lineOf("7003")).sessionId).toBeNull();

    // Another import wrote the same line after the preview: it is an update now, not a new line.
    const later = await stage(exportCsv([line("7004", "TRA-200G", t("15:00:00"), 50_000, { status: "Cancelled" })]));
    expect(await previewOrderImport(shopId, later.sha256)).toMatchObject({ created: 1 });
    expect(await confirm(owner, (await stage(exportCsv([line("7004", "TRA-200G", t("15:00:00"), 50_000)]))).sha256)).toMatchObject({ ok: true, result: { created: 1 } });
    expect(await confirm(owner, later.sha256)).toMatchObject({ ok: true, result: { created: 0, updated: 1 } });
    expect(await lineOf("7004")).toMatchObject({ status: "CANCELLED", cancelledVnd: 50_000n });
    expect(await rollupDifferences()).toBe(0);
  });

  it("keeps a line of an unknown SKU unattributed and lists the SKU; adding it to a product (or taking it off) moves the lines already imported", async () => {
    const { sha256 } = await stage(exportCsv([line("4001", "55555", t("08:05:00"), 90_000, { sellerSku: "MAT-ONG-500", productName: "Mật ong rừng 500 ml" })]));
    const plan = await previewOrderImport(shopId, sha256);
    expect(plan).toMatchObject({ rows: 1, matched: 0, attributed: 0, unattributed: 1, problemCount: 0, unknownSkus: [{ sku: "MAT-ONG-500", name: "Mật ong rừng 500 ml", lines: 1 }] });
    await confirm(owner, sha256);
    expect(await db.orderLine.findFirst()).toMatchObject({ productId: null, sessionId: null });
    // Adding the SKU to the product attributes the line already imported: no need to import again.
    expect(await asUser(owner, () => updateProductListing({ productId: tea.id, tiktokProductId: "1729999", skus: "TRA-200G\n1729000000000000001\nMAT-ONG-500" }))).toMatchObject({
      ok: true,
      result: { ordersRematched: 1 },
    });
    expect(await db.orderLine.findFirst()).toMatchObject({ productId: tea.id, sessionId: morning });
    expect(await figures(morning)).toEqual([expect.objectContaining({ productId: tea.id, orders: 1, gmv: 90_000, source: "ORDERS" })]);
    expect(await rollupDifferences()).toBe(0);
    // The same export again finds the line as it is.
    expect(await confirm(owner, sha256)).toMatchObject({ ok: true, result: { created: 0, updated: 0, unchanged: 1 } });
    // A SKU taken off the product takes its lines with it: the session's figures from them go.
    expect(await asUser(owner, () => updateProductListing({ productId: tea.id, tiktokProductId: "1729999", skus: "TRA-200G\n1729000000000000001" }))).toMatchObject({
      ok: true,
      result: { ordersRematched: 1 },
    });
    expect(await db.orderLine.findFirst()).toMatchObject({ productId: null, sessionId: null });
    expect(await figures(morning)).toEqual([]);
    expect(await rollupDifferences()).toBe(0);
    // Saving the same SKUs moves nothing.
    expect(await asUser(owner, () => updateProductListing({ productId: tea.id, tiktokProductId: "1729999", skus: "TRA-200G\n1729000000000000001" }))).toMatchObject({
      ok: true,
      result: { ordersRematched: 0 },
    });
  });

  it("reads a Vietnamese XLSX export (text and spreadsheet dates) and a UTF-16 tab-separated one", async () => {
    const lines = [
      line("5001", "1729000000000000001", t("08:15:00"), 120_000, { status: "Đã hoàn thành" }),
      line("5002", "1729000000000000001", t("08:16:00"), 80_000, { status: "Đã hủy", reason: "Người mua hủy" }),
      line("5003", "THANHLONG-5KG", t("08:17:00"), 60_000, { sellerSku: "THANHLONG-5KG", skuId: "", status: "Đã giao", returned: 1, reason: "Hộp bị móp", returnType: "Trả hàng/Hoàn tiền" }),
    ];
    for (const dates of [false, true]) {
      const { sha256 } = await stage(await exportXlsx(lines, { lang: "vi", dates }), "don-hang.xlsx");
      expect(await previewOrderImport(shopId, sha256)).toMatchObject({ rows: 3, matched: 3, attributed: 3, gross: "260000", cancelled: "80000", refunded: "60000", damage: "60000", problemCount: 0 });
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(exportCsv(lines, { lang: "vi", separator: "\t" }), "utf16le")]);
    const { sha256 } = await stage(utf16, "don-hang.txt");
    expect(await previewOrderImport(shopId, sha256)).toMatchObject({ rows: 3, attributed: 3, gross: "260000", problemCount: 0 });
  });

  it("refuses a file whose order ids a spreadsheet mangled, or with unknown statuses or times, naming each line; writes nothing", async () => {
    const xlsx = await exportXlsx([line("6001", "TRA-200G", t("08:15:00"), 1)], {
      rawRows: [[5.77e17, "Completed", "", "", "Normal", "TRA-200G", "", "x", "", 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, t("08:00:00"), t("08:00:00"), ""]],
    });
    const a = await stage(xlsx, "mangled.xlsx");
    expect((await previewOrderImport(shopId, a.sha256)).problems.map((p) => [p.line, p.key])).toEqual([[4, "orderIdInvalid"]]);
    const b = await stage(
      exportCsv([
        line("5.77E+17", "TRA-200G", t("08:15:00"), 1),
        line("6002", "TRA-200G", t("08:15:00"), 1, { status: "Lost in space" }),
        line("6003", "TRA-200G", "31/02/2026 08:00:00", 1),
        line("6004", "TRA-200G", t("08:15:00"), -5),
      ]),
    );
    const plan = await previewOrderImport(shopId, b.sha256);
    expect(plan.problems.map((p) => [p.line, p.key])).toEqual([[3, "orderIdInvalid"], [4, "statusUnknown"], [5, "timeInvalid"], [6, "numberInvalid"]]);
    expect(await confirm(owner, b.sha256)).toMatchObject({ ok: false, formError: "importHasProblems" });
    // A damaged workbook: a problem of the file, not a failed page.
    const broken = await stage(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]), "hong.xlsx");
    expect((await previewOrderImport(shopId, broken.sha256)).problems).toEqual([{ line: 1, key: "unreadable", detail: "XLSX" }]);
    const c = await stage("Order ID,Quantity\n1,1\n", "short.csv");
    expect((await previewOrderImport(shopId, c.sha256)).problems).toEqual([{ line: 1, key: "missingColumns", detail: "Order Status, SKU ID, SKU Subtotal After Discount, Created Time, Paid Time" }]);
    expect(await db.orderLine.count()).toBe(0);
  });

  it("lets a producer import only for their own shop, and refuses another shop's orders in their file", async () => {
    const { sha256 } = await stage(exportCsv([line("7001", "TRA-200G", t("08:15:00"), 10_000)]));
    expect(await confirm(stranger, sha256, shopId)).toMatchObject({ ok: false, formError: "notFound" });
    expect(await db.orderLine.count()).toBe(0);
    expect(await confirm(staff, sha256, shopId)).toMatchObject({ ok: true });
    // The same order in the other shop's file: refused line by line.
    const plan = await previewOrderImport(otherShopId, sha256);
    expect(plan.problems).toEqual([{ line: 3, key: "otherShop", detail: "7001" }]);
    expect(await confirm(stranger, sha256, otherShopId)).toMatchObject({ ok: false, formError: "importHasProblems" });
    // And their SKUs are their own: a SKU taken by another product of the shop is named.
    expect(await asUser(stranger, () => updateProductListing({ productId: tea.id, tiktokProductId: "", skus: "X" }))).toMatchObject({ ok: false, formError: "notFound" });
    expect(await asUser(owner, () => updateProductListing({ productId: fruit.id, tiktokProductId: "", skus: "TRA-200G" }))).toMatchObject({ ok: false, fieldErrors: { skus: "skuTaken" } });
  });

  it("shows each producer only their own figures, per session and outside sessions, and the centre's report to staff only", async () => {
    const { sha256 } = await stage(
      exportCsv([
        line("8001", "TRA-200G", t("08:05:00"), 300_000),
        line("8002", "TRA-200G", t("08:06:00"), 100_000, { status: "Cancelled" }),
        line("8003", "TRA-200G", t("15:00:00"), 50_000),
      ]),
    );
    await confirm(owner, sha256);
    const own = await getOwnOrderFigures(owner);
    expect(own.sessions).toEqual([expect.objectContaining({ sessionId: morning, gross: "400000", cancelled: "100000", net: "300000", orders: 2 })]);
    expect(own.outside).toEqual([expect.objectContaining({ month: day.slice(0, 7), gross: "50000", net: "50000" })]);
    // The month, during sessions beside outside them, gross and net.
    const month = { month: day.slice(0, 7), inside: { gross: "400000", net: "300000" }, outside: { gross: "50000", net: "50000" } };
    expect(own.months).toEqual([month]);
    expect(await getOwnOrderFigures(stranger)).toEqual({ sessions: [], outside: [], months: [] });
    await expect(getOrderReport(owner)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getShopOrderMonths(owner, shopId)).rejects.toBeInstanceOf(AuthorizationError);
    const report = await getOrderReport(staff);
    expect(report.total).toMatchObject({ gross: "450000", cancelled: "100000", net: "350000" });
    expect(report.shops).toEqual([expect.objectContaining({ producerId: shopId, inside: "400000", outside: "50000" })]);
    expect(await getShopOrderMonths(staff, shopId)).toEqual({ producer: expect.any(String), months: [month] });
    expect(await getShopOrderMonths(staff, otherShopId)).toEqual({ producer: expect.any(String), months: [] });
    expect(await getShopOrderMonths(staff, "not-a-shop")).toBeNull();
  });

  it("keeps order figures when staff save the session's results form without changing them, and replaces those they change", async () => {
    const { sha256 } = await stage(
      exportCsv([
        line("9001", "TRA-200G", t("08:05:00"), 300_000, { status: "Cancelled" }),
        line("9002", "THANHLONG-5KG", t("08:06:00"), 200_000, { returned: 1, reason: "bị vỡ" }),
      ]),
    );
    await confirm(owner, sha256);
    const form = (teaGmv: string) => ({
      sessionId: morning, viewers: "1.000", peakViewers: "100", durationMinutes: "60", newFollowers: "",
      [`orders:${tea.id}`]: "1", [`units:${tea.id}`]: "1", [`gmv:${tea.id}`]: teaGmv,
      [`orders:${fruit.id}`]: "1", [`units:${fruit.id}`]: "1", [`gmv:${fruit.id}`]: "200.000",
    });
    // Tea typed lower than what was cancelled: a figure of its own now, without the export's cancellations.
    expect(await asUser(staff, () => recordResults(form("100.000")))).toMatchObject({ ok: true });
    expect(await figures(morning)).toEqual(
      [
        { productId: tea.id, orders: 1, units: 1, gmv: 100_000, cancelled: 0, refunded: 0, damage: 0, source: "MANUAL" },
        { productId: fruit.id, orders: 1, units: 1, gmv: 200_000, cancelled: 0, refunded: 200_000, damage: 200_000, source: "ORDERS" },
      ].sort((a, b) => a.productId.localeCompare(b.productId)),
    );
  });
});
