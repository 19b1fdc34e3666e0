import { beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { asUser } from "@/tests/support/acting-user";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { resolveProvince } from "@/lib/provinces/resolve";
import { parseReportFilters } from "@/lib/reports/filters";
import { getBreakdown, getHeadlines, getProducerGrowth, type Breakdown } from "@/lib/reports/queries";
import { listOwnResults } from "@/lib/results/owner-queries";
import { vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";

/**
 * A small fixed data set, computed by hand:
 *   producer A registered under the old name "Hà Giang" (now Tuyên Quang), B in Hà Nội;
 *   S1 (3 Oct, host H1, channel C1): A1 (group 1, 4★) 10 orders, 12 units, 1,000,000 ₫ — B1 (group 1, 3★) 5, 5, 500,000
 *   S2 (7 Nov, host H2, channel C1): A1 2, 2, 200,000 — A2 (group 2, 5★) 1, 1, 300,000
 *   S3 (7 Nov, cancelled) has figures that must never count.
 *   From an order export, S1's A1 line has 100,000 ₫ cancelled and 50,000 ₫ refunded (for damage).
 */
let staff: CurrentUser;
let producerUser: CurrentUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedReferenceData(db);
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
  const hagiang = resolveProvince("Hà Giang")!;
  expect(hagiang.province.name).toBe("Tuyên Quang");
  const owner = await createUser(db, { role: "PRODUCER" });
  const a = await createProducer(db, { provinceId: hagiang.province.id, memberUserIds: [owner.id], name: "HTX Chè Shan Hà Giang" });
  producerUser = (await loadActiveUser(owner.id))!;
  const b = await createProducer(db, { provinceId: 1, name: "Công ty Bánh cốm Hà Nội" });
  const a1 = await createProduct(db, a.id, { groupId: 1, certificate: { stars: 4, decisionDate: "2025-01-10" } });
  const a2 = await createProduct(db, a.id, { groupId: 2, certificate: { stars: 5, decisionDate: "2025-01-10" } });
  const b1 = await createProduct(db, b.id, { groupId: 1, certificate: { stars: 3, decisionDate: "2025-01-10" } });
  const [h1, h2, c1] = [await createHost(db), await createHost(db), await createChannel(db)];
  Object.assign(ids, { a: a.id, b: b.id, a1: a1.id, a2: a2.id, b1: b1.id, h1: h1.id, h2: h2.id, c1: c1.id, hagiang: String(hagiang.province.id) });
  const s1 = await createSession(db, { hostId: h1.id, channelId: c1.id, startsAt: vnInstant("2026-10-03", "08:00"), endsAt: vnInstant("2026-10-03", "09:00"), status: "COMPLETED" });
  const s2 = await createSession(db, { hostId: h2.id, channelId: c1.id, startsAt: vnInstant("2026-11-07", "08:00"), endsAt: vnInstant("2026-11-07", "09:00"), status: "COMPLETED" });
  const s3 = await createSession(db, { hostId: h1.id, channelId: c1.id, startsAt: vnInstant("2026-11-07", "10:00"), endsAt: vnInstant("2026-11-07", "11:00"), status: "CANCELLED" });
  Object.assign(ids, { s1: s1.id, s2: s2.id, s3: s3.id });
  const line = (sessionId: string, productId: string, orders: number, units: number, gmv: number) => ({ sessionId, productId, orders, unitsSold: units, gmvVnd: BigInt(gmv) });
  await db.productResult.createMany({
    data: [{ ...line(s1.id, a1.id, 10, 12, 1_000_000), cancelledVnd: 100_000n, refundedVnd: 50_000n, damageVnd: 50_000n }, line(s1.id, b1.id, 5, 5, 500_000), line(s2.id, a1.id, 2, 2, 200_000), line(s2.id, a2.id, 1, 1, 300_000), line(s3.id, a1.id, 99, 99, 9_900_000)],
  });
});

const filters = (extra: Record<string, string> = {}) => parseReportFilters({ from: "2026-09-01", to: "2026-11-30", ...extra });
const table = async (breakdown: Breakdown, extra: Record<string, string> = {}) =>
  (await getBreakdown(staff, breakdown, filters(extra))).map((r) => [r.key, r.label, r.gmv, r.orders, r.units, r.sessions]);

describe("revenue reports", () => {
  it("break the figures down by province (old names folded into the new unit), region, group and stars", async () => {
    expect(await table("province")).toEqual([
      [ids.hagiang, "Tuyên Quang", "1500000", 13, 15, 2],
      ["1", "Hà Nội", "500000", 5, 5, 1],
    ]);
    expect(await table("region")).toEqual([["NORTH", "NORTH", "2000000", 18, 20, 2]]);
    expect(await table("group")).toEqual([
      ["1", "1", "1700000", 17, 19, 2],
      ["2", "2", "300000", 1, 1, 1],
    ]);
    expect(await table("stars")).toEqual([
      ["3", "3", "500000", 5, 5, 1],
      ["4", "4", "1200000", 12, 14, 2],
      ["5", "5", "300000", 1, 1, 1],
    ]);
  });

  it("by period, producer, host, channel and product", async () => {
    expect(await table("period")).toEqual([
      ["2026-10-01", "2026-10-01", "1500000", 15, 17, 1],
      ["2026-11-01", "2026-11-01", "500000", 3, 3, 1],
    ]);
    expect((await table("period", { period: "quarter" })).map((r) => [r[0], r[2]])).toEqual([["2026-10-01", "2000000"]]);
    expect((await table("period", { period: "week" })).map((r) => [r[0], r[2]])).toEqual([["2026-09-28", "1500000"], ["2026-11-02", "500000"]]);
    expect((await table("producer")).map((r) => [r[0], r[2], r[5]])).toEqual([[ids.a, "1500000", 2], [ids.b, "500000", 1]]);
    // Sessions counted with the first-of flags, and with DISTINCT once a filter drops rows.
    expect((await table("group", { province: ids.hagiang! })).map((r) => [r[0], r[2], r[5]])).toEqual([["1", "1200000", 2], ["2", "300000", 1]]);
    expect((await table("host", { group: "1" })).map((r) => [r[0], r[2], r[5]])).toEqual([[ids.h1, "1500000", 1], [ids.h2, "200000", 1]]);
    expect((await table("host")).map((r) => [r[0], r[2]])).toEqual([[ids.h1, "1500000"], [ids.h2, "500000"]]);
    expect((await table("channel")).map((r) => [r[0], r[2], r[5]])).toEqual([[ids.c1, "2000000", 2]]);
    expect((await table("product")).map((r) => [r[0], r[2]])).toEqual([[ids.a1, "1200000"], [ids.b1, "500000"], [ids.a2, "300000"]]);
  });

  it("rank products from whole months of the running totals and the days at the edges from the lines", async () => {
    const products = async (extra: Record<string, string>) => (await table("product", extra)).map((r) => [r[0], r[2], r[3], r[5]]);
    const all = [[ids.a1, "1200000", 12, 2], [ids.b1, "500000", 5, 1], [ids.a2, "300000", 1, 1]];
    // Edges only (no whole month), a whole October and the first week of November, and the reverse.
    expect(await products({ from: "2026-10-03", to: "2026-11-07" })).toEqual(all);
    expect(await products({ from: "2026-10-01", to: "2026-11-07" })).toEqual(all);
    expect(await products({ from: "2026-10-04", to: "2026-11-30" })).toEqual([[ids.a2, "300000", 1, 1], [ids.a1, "200000", 2, 1]]);
    expect(await products({ from: "2026-09-15", to: "2026-10-31", group: "1" })).toEqual([[ids.a1, "1000000", 10, 1], [ids.b1, "500000", 5, 1]]);
    expect(await products({ from: "2026-10-03", to: "2026-11-06", province: ids.hagiang! })).toEqual([[ids.a1, "1000000", 10, 1]]);
    expect(await products({ host: ids.h2! })).toEqual([[ids.a2, "300000", 1, 1], [ids.a1, "200000", 2, 1]]);
  });

  it("apply the filters: dates, province, group, host, channel", async () => {
    const total = async (extra: Record<string, string>) => (await table("channel", extra))[0]?.[2] ?? "0";
    expect(await total({ province: ids.hagiang! })).toBe("1500000");
    expect(await total({ group: "2" })).toBe("300000");
    expect(await total({ host: ids.h2! })).toBe("500000");
    expect(await total({ from: "2026-11-01", to: "2026-11-30" })).toBe("500000");
    expect(await total({ channel: ids.c1! })).toBe("2000000");
    expect(await total({ from: "2026-12-01", to: "2026-12-31" })).toBe("0");
  });

  it("show GMV net of cancellations and refunds on request, with the amounts behind the rates, filtered or not", async () => {
    const province = async (extra: Record<string, string>) => (await getBreakdown(staff, "province", filters(extra))).find((r) => r.key === ids.hagiang);
    expect(await province({})).toMatchObject({ gmv: "1500000", cancelled: "100000", refunded: "50000", damage: "50000" });
    expect(await province({ gmv: "net" })).toMatchObject({ gmv: "1350000", cancelled: "100000", refunded: "50000", damage: "50000" });
    // Filtered (the rollup rows, not the per-day sums): group 1 is A1 alone in Tuyên Quang.
    expect(await province({ gmv: "net", group: "1" })).toMatchObject({ gmv: "1050000" });
    // The product ranking (running totals and lines) and the headlines.
    const products = await getBreakdown(staff, "product", filters({ gmv: "net" }));
    expect(products.find((r) => r.key === ids.a1)).toMatchObject({ gmv: "1050000", refunded: "50000" });
    const headlines = await getHeadlines(staff, filters({ gmv: "net" }), new Date("2026-11-30T10:00:00Z"));
    expect(headlines.year.current).toMatchObject({ gmv: "1850000", cancelled: "100000", refunded: "50000" });
  });

  it("headline figures compare each period with the one before", async () => {
    const h = await getHeadlines(staff, filters(), vnInstant("2026-11-10", "12:00"));
    expect(h.week.current).toMatchObject({ from: "2026-11-09", to: "2026-11-10", gmv: "0", sessions: 0 });
    expect(h.fourWeeks.current).toMatchObject({ from: "2026-10-14", gmv: "500000", orders: 3, sessions: 1, producers: 1 });
    expect(h.fourWeeks.previous).toMatchObject({ from: "2026-09-16", to: "2026-10-13", gmv: "1500000", sessions: 1, producers: 2 });
    expect(h.year.current).toMatchObject({ from: "2026-01-01", gmv: "2000000", orders: 18, units: 20, sessions: 2, producers: 2 });
    expect(h.year.previous).toMatchObject({ from: "2025-01-01", to: "2025-11-10", gmv: "0" });
  });

  it("finds producers' growth from their first session to their latest", async () => {
    expect(await getProducerGrowth(staff, filters())).toEqual([
      { producerId: ids.a, name: "HTX Chè Shan Hà Giang", sessions: 2, firstDay: "2026-10-03", firstGmv: "1000000", lastDay: "2026-11-07", lastGmv: "500000", totalGmv: "1500000" },
    ]);
    // Filtered (read from the rollup instead of the per-day sums): only the group's lines count.
    expect(await getProducerGrowth(staff, filters({ group: "1" }))).toEqual([
      { producerId: ids.a, name: "HTX Chè Shan Hà Giang", sessions: 2, firstDay: "2026-10-03", firstGmv: "1000000", lastDay: "2026-11-07", lastGmv: "200000", totalGmv: "1200000" },
    ]);
    expect(await getProducerGrowth(staff, filters({ group: "2" }))).toEqual([]);
    expect(await getProducerGrowth(staff, filters({ from: "2026-11-01" }))).toEqual([]);
  });

  it("are for staff only; a producer sees their own figures and no one else's", async () => {
    await expect(getBreakdown(producerUser, "province", filters())).rejects.toThrow(AuthorizationError);
    await expect(getHeadlines(null, filters())).rejects.toThrow(AuthorizationError);
    const own = await listOwnResults(producerUser);
    expect(own.map((s) => s.gmvVnd)).toEqual(["500000", "1000000"]);
  });

  it("export a table as CSV that says, above it, what the report was filtered by", async () => {
    const { GET } = await import("@/app/[locale]/admin/(staff)/reports/export/route");
    const host = await db.host.findUniqueOrThrow({ where: { id: ids.h1 }, select: { name: true } });
    const query = `table=province&from=2026-09-01&to=2026-11-30&province=${ids.hagiang}&group=1&host=${ids.h1}&period=quarter`;
    const response = await asUser(staff, () => GET(new Request(`http://portal.test/vi/admin/reports/export?${query}`), { params: Promise.resolve({ locale: "vi" }) }));
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines).toEqual([
      `Báo cáo doanh số,"Theo tỉnh, thành"`,
      "Từ ngày,01/09/2026",
      "Đến ngày,30/11/2026",
      `"Tỉnh, thành",Tuyên Quang`,
      "Nhóm sản phẩm,Thực phẩm",
      `Người dẫn,${host.name}`,
      "Kênh,Tất cả",
      "Chia theo,Quý",
      "Doanh số,Gộp",
      "",
      "Tên,gmv_vnd,cancelled_vnd,refunded_vnd,damage_refunded_vnd,orders,units,sessions",
      // Host H1 and group 1 in Tuyên Quang: S1's A1 alone.
      "Tuyên Quang,1000000,100000,50000,50000,10,12,1",
      "",
    ]);
  });
});

describe("the report rollup", () => {
  /** Rows that differ between the rollup and the same sums computed from the result lines: none. */
  async function differences(): Promise<number> {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      WITH raw AS (
        SELECT r.session_id, p.producer_id, p.group_id,
               coalesce((SELECT c.stars FROM certificates c WHERE c.product_id = r.product_id
                         AND c.decision_date <= (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date ORDER BY c.decision_date DESC LIMIT 1), 0) AS stars,
               s.host_id, s.channel_id, pr.province_id, sum(r.orders)::bigint AS orders, sum(r.units_sold)::bigint AS units, sum(r.gmv_vnd)::bigint AS gmv,
               sum(r.cancelled_vnd)::bigint AS cancelled, sum(r.refunded_vnd)::bigint AS refunded, sum(r.damage_vnd)::bigint AS damage
        FROM product_results r JOIN live_sessions s ON s.id = r.session_id AND s.status <> 'CANCELLED'
        JOIN products p ON p.id = r.product_id JOIN producers pr ON pr.id = p.producer_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7),
      roll AS (SELECT session_id, producer_id, group_id, stars, host_id, channel_id, province_id, orders, units, gmv, cancelled, refunded, damage FROM result_rollups)
      SELECT (SELECT count(*) FROM ((SELECT * FROM raw EXCEPT SELECT * FROM roll) UNION ALL (SELECT * FROM roll EXCEPT SELECT * FROM raw)) d)::int
           + (SELECT count(*) FROM (SELECT session_id FROM result_rollups GROUP BY session_id
                                    HAVING sum(first_of_session) <> 1 OR sum(first_of_producer) <> count(DISTINCT producer_id)
                                        OR sum(first_of_group) <> count(DISTINCT group_id) OR sum(first_of_province) <> count(DISTINCT province_id)) x)::int AS n`;
    // The per-day sums, computed here from the rollup rows with count(DISTINCT) instead of its flags.
    const [days] = await db.$queryRaw<{ n: number }[]>`
      WITH r AS (SELECT * FROM result_rollups),
      per_session AS (SELECT day, producer_id, session_id, sum(gmv) AS gmv FROM r GROUP BY 1, 2, 3),
      firsts AS (SELECT DISTINCT ON (day, producer_id) day, producer_id, gmv FROM per_session ORDER BY day, producer_id, session_id),
      lasts AS (SELECT DISTINCT ON (day, producer_id) day, producer_id, gmv FROM per_session ORDER BY day, producer_id, session_id DESC),
      raw AS (
        SELECT 'all' AS dim, day, '' AS key, sum(orders)::bigint AS orders, sum(units)::bigint AS units, sum(gmv)::bigint AS gmv, count(DISTINCT session_id)::int AS sessions,
               NULL::bigint AS first_gmv, NULL::bigint AS last_gmv, sum(cancelled)::bigint AS cancelled, sum(refunded)::bigint AS refunded, sum(damage)::bigint AS damage
        FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'province', day, province_id::text, sum(orders), sum(units), sum(gmv), count(DISTINCT session_id), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'region', day, region, sum(orders), sum(units), sum(gmv), count(DISTINCT session_id), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'group', day, group_id::text, sum(orders), sum(units), sum(gmv), count(DISTINCT session_id), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'stars', day, CASE WHEN stars = 0 THEN '-' ELSE stars::text END, sum(orders), sum(units), sum(gmv), count(DISTINCT session_id), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'host', day, host_id::text, sum(orders), sum(units), sum(gmv), count(DISTINCT session_id), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'channel', day, channel_id::text, sum(orders), sum(units), sum(gmv), count(DISTINCT session_id), NULL, NULL, sum(cancelled), sum(refunded), sum(damage) FROM r GROUP BY 1, 2, 3
        UNION ALL SELECT 'producer', r.day, r.producer_id::text, sum(orders), sum(units), sum(r.gmv), count(DISTINCT session_id), min(f.gmv), min(l.gmv),
                         sum(cancelled), sum(refunded), sum(damage)
                  FROM r JOIN firsts f USING (day, producer_id) JOIN lasts l USING (day, producer_id) GROUP BY 1, 2, 3),
      roll AS (SELECT dim, day, key, orders, units, gmv, sessions, first_gmv, last_gmv, cancelled, refunded, damage FROM result_days)
      SELECT count(*)::int AS n FROM ((SELECT * FROM raw EXCEPT SELECT * FROM roll) UNION ALL (SELECT * FROM roll EXCEPT SELECT * FROM raw)) d`;
    // The products' running totals: each row the sum of its product's lines in months up to it,
    // and every product with lines has a row for each of their months and every month from its
    // first to the latest (dense).
    const [totals] = await db.$queryRaw<{ n: number }[]>`
      WITH raw AS (
        SELECT r.product_id, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS month,
               sum(r.orders)::bigint AS orders, sum(r.units_sold)::bigint AS units, sum(r.gmv_vnd)::bigint AS gmv, count(*)::bigint AS sessions,
               sum(r.cancelled_vnd)::bigint AS cancelled, sum(r.refunded_vnd)::bigint AS refunded, sum(r.damage_vnd)::bigint AS damage
        FROM product_results r JOIN live_sessions s ON s.id = r.session_id AND s.status <> 'CANCELLED'
        GROUP BY 1, 2),
      h AS (SELECT max(month) AS latest FROM result_product_totals)
      SELECT ((SELECT count(*) FROM result_product_totals t
               CROSS JOIN LATERAL (SELECT coalesce(sum(orders), 0) AS o, coalesce(sum(units), 0) AS u, coalesce(sum(gmv), 0) AS g, coalesce(sum(sessions), 0) AS s,
                                          coalesce(sum(cancelled), 0) AS c, coalesce(sum(refunded), 0) AS rf, coalesce(sum(damage), 0) AS dm
                                   FROM raw WHERE raw.product_id = t.product_id AND raw.month <= t.month) x
               WHERE (t.orders, t.units, t.gmv, t.sessions, t.cancelled, t.refunded, t.damage) IS DISTINCT FROM (x.o, x.u, x.g, x.s, x.c, x.rf, x.dm))
            + (SELECT count(*) FROM raw WHERE NOT EXISTS (SELECT 1 FROM result_product_totals t WHERE t.product_id = raw.product_id AND t.month = raw.month))
            + (SELECT count(*) FROM (SELECT product_id FROM result_product_totals GROUP BY product_id
                                     HAVING max(month) <> (SELECT latest FROM h)
                                         OR count(*) <> (SELECT count(*) FROM generate_series(min(month), max(month), interval '1 month'))) g))::int AS n`;
    return row!.n + totals!.n + days!.n;
  }

  it("stays equal to the result lines after every kind of write", async () => {
    expect(await db.resultRollup.count()).toBeGreaterThan(0);
    expect(await db.resultProductTotal.count()).toBeGreaterThan(0);
    expect(await db.resultDay.count()).toBeGreaterThan(0);
    expect(await differences()).toBe(0);
    // Figures only (the rollups move by the difference), across sessions and products at once.
    await db.productResult.update({ where: { sessionId_productId: { sessionId: ids.s2!, productId: ids.a1! } }, data: { gmvVnd: 250_000n } });
    expect(await differences()).toBe(0);
    await db.productResult.updateMany({ where: { sessionId: { in: [ids.s1!, ids.s2!] } }, data: { orders: { increment: 2 }, gmvVnd: { increment: 1_000n } } });
    expect(await differences()).toBe(0);
    // Cancellations and refunds only (an order export updated): the same path moves them too.
    await db.productResult.update({ where: { sessionId_productId: { sessionId: ids.s2!, productId: ids.a2! } }, data: { cancelledVnd: 30_000n, refundedVnd: 20_000n, damageVnd: 20_000n } });
    expect(await differences()).toBe(0);
    await db.productResult.updateMany({ where: { sessionId: { in: [ids.s1!, ids.s2!] } }, data: { refundedVnd: { increment: 1_000n } } });
    expect(await differences()).toBe(0);
    // A line moved to another product (its keys change: recomputed), then moved back.
    await db.productResult.update({ where: { sessionId_productId: { sessionId: ids.s1!, productId: ids.b1! } }, data: { productId: ids.a2! } });
    expect(await differences()).toBe(0);
    await db.productResult.update({ where: { sessionId_productId: { sessionId: ids.s1!, productId: ids.a2! } }, data: { productId: ids.b1! } });
    expect(await differences()).toBe(0);
    await db.product.update({ where: { id: ids.a2! }, data: { groupId: 3 } });
    expect(await differences()).toBe(0);
    await db.certificate.create({ data: { productId: ids.a1!, stars: 5, decisionNumber: "9/QĐ-UBND", issuingLevel: "PROVINCE", decisionDate: new Date("2026-10-15"), expiresOn: new Date("2029-10-15") } });
    expect(await differences()).toBe(0);
    await db.producer.update({ where: { id: ids.b! }, data: { provinceId: 2 } });
    expect(await differences()).toBe(0);
    await db.liveSession.update({ where: { id: ids.s2! }, data: { status: "CANCELLED" } });
    expect(await db.resultRollup.count({ where: { sessionId: ids.s2! } })).toBe(0);
    expect(await differences()).toBe(0);
    await db.liveSession.update({ where: { id: ids.s3! }, data: { status: "COMPLETED" } });
    expect(await differences()).toBe(0);
    await db.liveSession.update({ where: { id: ids.s3! }, data: { startsAt: vnInstant("2026-12-05", "08:00"), endsAt: vnInstant("2026-12-05", "09:00") } });
    expect(await differences()).toBe(0);
    await db.productResult.deleteMany({ where: { sessionId: ids.s1! } });
    expect(await db.resultRollup.count({ where: { sessionId: ids.s1! } })).toBe(0);
    expect(await differences()).toBe(0);
    await db.liveSession.delete({ where: { id: ids.s3! } });
    expect(await db.resultProductTotal.count({ where: { sessions: { not: 0 } } })).toBe(0);
    expect(await db.resultDay.count()).toBe(0);
    expect(await differences()).toBe(0);
  });
});
