import { describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser } from "@/lib/auth/users";
import { getProducerDashboard, getStaffDashboard } from "@/lib/dashboard/queries";
import { db } from "@/lib/db/client";
import { listSaturdaySessions } from "@/lib/sessions/queries";
import { addDays, comingSaturday, vnDateOf, vnDayBounds } from "@/lib/time";
import { DEMO_ACCOUNTS, seed } from "@/prisma/seed";

const NOW = new Date("2026-12-01T03:00:00Z"); // a Tuesday in Vietnam

describe("the demo seed", () => {
  it("builds a realistic portal once, then changes nothing", async () => {
    const summary = await seed(db, { now: NOW });
    expect(summary).not.toBeNull();
    expect(summary!.producers).toBe(40);
    expect(summary!.products).toBeGreaterThanOrEqual(140);
    expect(summary!.sessions).toBe(12 * 30);

    expect(await db.province.count()).toBe(34);
    expect(await db.provinceAlias.count({ where: { formerUnit: true } })).toBe(63);
    expect(await db.ocopGroup.count()).toBe(6);
    expect(new Set((await db.producer.findMany({ select: { provinceId: true } })).map((p) => p.provinceId)).size).toBeGreaterThanOrEqual(25);
    expect(new Set((await db.product.findMany({ select: { groupId: true } })).map((p) => p.groupId)).size).toBe(6);

    // 30 sessions on the coming Saturday, between 7:00 and 12:00 Vietnam time.
    const saturday = comingSaturday(NOW);
    const { start, end } = vnDayBounds(saturday);
    const sessions = await db.liveSession.findMany({ where: { startsAt: { gte: start, lt: end } } });
    expect(sessions).toHaveLength(30);
    for (const s of sessions) {
      expect(s.startsAt.getTime()).toBeGreaterThanOrEqual(start.getTime() + 7 * 3_600_000);
      expect(s.endsAt.getTime()).toBeLessThanOrEqual(start.getTime() + 12 * 3_600_000);
    }
    // Past Saturdays have results; some producers and products wait for review; some certificates expire soon or have.
    expect(await db.sessionResult.count()).toBeGreaterThan(200);
    expect(await db.producer.count({ where: { reviewStatus: "SUBMITTED" } })).toBeGreaterThan(0);
    expect(await db.product.count({ where: { reviewStatus: "SUBMITTED" } })).toBeGreaterThan(0);
    const today = vnDateOf(NOW);
    expect(await db.certificate.count({ where: { expiresOn: { lt: new Date(today) } } })).toBeGreaterThan(0);
    expect(
      await db.certificate.count({ where: { expiresOn: { gte: new Date(today), lt: new Date(addDays(today, 60)) } } }),
    ).toBeGreaterThan(0);

    const counts = await db.liveSession.count();
    expect(await seed(db, { now: NOW })).toBeNull();
    expect(await db.liveSession.count()).toBe(counts);
    expect(await db.province.count()).toBe(34);
  });

  it("is believable: shops sell their own goods, nobody is in two sessions at once, no expired certificate goes live", async () => {
    await seed(db, { now: NOW });
    // Each shop's products are its own specialty in several packs (an HTX Thanh long sells dragon fruit).
    const shops = await db.producer.findMany({ select: { name: true, products: { select: { name: true, unit: true, groupId: true } } } });
    for (const shop of shops) {
      const kinds = new Set(shop.products.map((p) => p.name.split(/ – | loại /)[0]));
      expect(kinds.size, `${shop.name}: ${[...kinds].join(", ")}`).toBe(1);
      expect(shop.name).toContain([...kinds][0]);
      // A destination sells visits, not gift boxes.
      for (const p of shop.products.filter((x) => x.groupId === 6)) expect(`${p.name} ${p.unit}`).not.toMatch(/hộp quà/);
    }
    // No producer in two sessions that overlap (cancelled ones aside).
    const overlaps = await db.$queryRaw<{ producer: string }[]>`
      SELECT DISTINCT pr.name AS producer
      FROM live_sessions a JOIN session_products ap ON ap.session_id = a.id JOIN products pa ON pa.id = ap.product_id
      JOIN live_sessions b ON b.id <> a.id AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at
      JOIN session_products bp ON bp.session_id = b.id JOIN products pb ON pb.id = bp.product_id AND pb.producer_id = pa.producer_id
      JOIN producers pr ON pr.id = pa.producer_id
      WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'`;
    expect(overlaps).toEqual([]);
    // A coming session shows no product whose current certificate has expired.
    const expiredLive = await db.$queryRaw<{ product: string }[]>`
      SELECT p.name AS product
      FROM live_sessions s JOIN session_products sp ON sp.session_id = s.id JOIN products p ON p.id = sp.product_id
      CROSS JOIN LATERAL (SELECT c.expires_on FROM certificates c WHERE c.product_id = p.id ORDER BY c.decision_date DESC LIMIT 1) c
      WHERE s.starts_at > ${NOW} AND c.expires_on < ${vnDateOf(NOW)}::date`;
    expect(expiredLive).toEqual([]);
    // Sessions sell tens of millions to a few hundred million đồng; some producers start from zero.
    const perSession = await db.$queryRaw<{ gmv: bigint }[]>`SELECT sum(gmv_vnd)::bigint AS gmv FROM product_results GROUP BY session_id`;
    const sorted = perSession.map((r) => Number(r.gmv)).sort((x, y) => x - y);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(10_000_000);
    expect(sorted.at(-1)).toBeLessThan(2_000_000_000);
    expect(await db.productResult.count({ where: { gmvVnd: 0 } })).toBeGreaterThan(0);
  });

  it("feeds the dashboards and the home page with real figures", async () => {
    await seed(db, { now: NOW });
    const staffRow = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[1].email } });
    const producerRow = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[2].email } });
    const staff = await loadActiveUser(staffRow.id);
    const producer = await loadActiveUser(producerRow.id);

    const dashboard = await getStaffDashboard(staff, NOW);
    expect(dashboard.waiting.producers).toBe(await db.producer.count({ where: { reviewStatus: "SUBMITTED" } }));
    expect(dashboard.saturday.byStatus.SCHEDULED).toBe(30);
    expect(dashboard.lastSaturday.sessionsHeld).toBeGreaterThan(25);
    const { start, end } = vnDayBounds(addDays(comingSaturday(NOW), -7));
    const gmv = await db.productResult.aggregate({
      _sum: { gmvVnd: true },
      where: { session: { status: "COMPLETED", startsAt: { gte: start, lt: end } } },
    });
    expect(dashboard.lastSaturday.gmvVnd).toBe(String(gmv._sum.gmvVnd));

    await expect(getStaffDashboard(producer, NOW)).rejects.toThrow(AuthorizationError);

    const own = await getProducerDashboard(producer, NOW);
    expect(own?.shop.reviewStatus).toBe("APPROVED");
    expect(own?.upcoming.length).toBeGreaterThan(0);
    expect(own?.results.length).toBe(4);
    expect(own?.productsByStatus.DRAFT).toBe(1);

    const cards = await listSaturdaySessions(comingSaturday(NOW));
    expect(cards).toHaveLength(30);
    expect(cards[0]!.products.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.producers.length > 0 && c.host.tiktokHandle)).toBe(true);
  });
});
