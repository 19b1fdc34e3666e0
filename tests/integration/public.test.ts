import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/calendar/ics";
import { sessionEvent } from "@/lib/calendar/sessions";
import { createPrismaClient, db } from "@/lib/db/client";
import { getPublicProducer } from "@/lib/producers/queries";
import { CATALOGUE_PAGE_SIZE, listCatalogue } from "@/lib/products/catalogue";
import { getPublicProduct, listHighlights } from "@/lib/products/queries";
import { getProvincePage } from "@/lib/provinces/queries";
import { listSitemapEntries } from "@/lib/public/sitemap";
import { search } from "@/lib/search/queries";
import { filterSessions } from "@/lib/sessions/filters";
import { getPublicSession, listFeedSessions, listPublicSessions, listWeekSessions } from "@/lib/sessions/queries";
import { addDays, comingSaturday, vnDayBounds, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";

const BAC_NINH = 12;
const saturday = addDays(comingSaturday(), 7);

let fixture: Awaited<ReturnType<typeof build>>;

/** A small world with public and private things side by side. */
async function build() {
  await seedReferenceData(db);
  const [host, host2, channel, channel2] = await Promise.all([
    createHost(db, { name: "Võ Hà Linh", tiktokHandle: "vohalinh.test" }),
    createHost(db),
    createChannel(db),
    createChannel(db),
  ]);
  const approved = await createProducer(db, { name: "HTX Vải thiều Lục Ngạn", provinceId: BAC_NINH, taxCode: "2400123456" });
  const pendingShop = await createProducer(db, { name: "HTX Chờ Duyệt", reviewStatus: "SUBMITTED", taxCode: "9999999999" });
  const coffee = await createProduct(db, approved.id, { name: "Cà phê rang xay Buôn Ma Thuột", groupId: 2, certificate: { stars: 5, decisionDate: addDays(saturday, -100) } });
  const banhTrang = await createProduct(db, approved.id, { name: "Bánh tráng phơi sương", certificate: { stars: 3, decisionDate: addDays(saturday, -100) } });
  const expired = await createProduct(db, approved.id, { name: "Mật ong hết hạn", certificate: { stars: 5, decisionDate: addDays(saturday, -1200) } });
  const pendingProduct = await createProduct(db, approved.id, { name: "Cà phê chờ duyệt", reviewStatus: "SUBMITTED" });
  const ofPendingShop = await createProduct(db, pendingShop.id, { name: "Cà phê của shop chờ duyệt" });
  const at = (time: string, day = saturday) => vnInstant(day, time);
  const scheduled = await createSession(db, {
    hostId: host.id, channelId: channel.id, startsAt: at("07:00"), endsAt: at("08:30"), title: "Đặc sản Bắc Giang",
    productIds: [coffee.id, banhTrang.id, expired.id, pendingProduct.id, ofPendingShop.id],
  });
  const draft = await createSession(db, { hostId: host2.id, channelId: channel2.id, startsAt: at("07:00"), endsAt: at("08:30"), status: "DRAFT", title: "Phiên nháp bí mật", productIds: [coffee.id] });
  const cancelled = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: at("09:00"), endsAt: at("10:00"), status: "CANCELLED", title: "Phiên đã huỷ", productIds: [banhTrang.id] });
  // Week edges in Vietnam time: Sunday 23:30 belongs to this week, Monday 00:30 to the next.
  const sundayLate = await createSession(db, { hostId: host2.id, channelId: channel2.id, startsAt: at("23:30", addDays(saturday, 1)), endsAt: at("23:59", addDays(saturday, 1)), title: "Phiên đêm Chủ nhật", productIds: [coffee.id] });
  const mondayEarly = await createSession(db, { hostId: host2.id, channelId: channel2.id, startsAt: at("00:30", addDays(saturday, 2)), endsAt: at("01:00", addDays(saturday, 2)), title: "Phiên sáng thứ Hai", productIds: [coffee.id] });
  return { approved, pendingShop, coffee, banhTrang, expired, pendingProduct, ofPendingShop, scheduled, draft, cancelled, sundayLate, mondayEarly };
}

beforeAll(async () => {
  fixture = await build();
});

const monday = addDays(saturday, -5);

describe("what the public sees", () => {
  it("lists a week's public sessions in Vietnam time, never drafts", async () => {
    const week = await listWeekSessions(monday);
    expect(week.map((s) => s.title)).toEqual(["Đặc sản Bắc Giang", "Phiên đã huỷ", "Phiên đêm Chủ nhật"]);
    expect((await listWeekSessions(addDays(monday, 7))).map((s) => s.title)).toEqual(["Phiên sáng thứ Hai"]);
    expect(await getPublicSession(fixture.draft.id)).toBeNull();
    expect((await getPublicSession(fixture.cancelled.id))?.status).toBe("CANCELLED");
  });

  it("shows only approved products of approved producers, and no private field", async () => {
    const session = (await getPublicSession(fixture.scheduled.id))!;
    expect(session.products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột", "Bánh tráng phơi sương", "Mật ong hết hạn"]);
    expect(session.producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    const json = JSON.stringify([session, await getPublicProducer(fixture.approved.slug), await getPublicProduct(fixture.coffee.slug), await getProvincePage("bac-ninh")]);
    for (const secret of ["2400123456", "0912 345 678", "lienhe@", "Phiên nháp bí mật", "Cà phê chờ duyệt", "HTX Chờ Duyệt"]) {
      expect(json).not.toContain(secret);
    }
  });

  it("hides pending shops and products, and their pages", async () => {
    expect(await getPublicProducer(fixture.pendingShop.slug)).toBeNull();
    expect(await getPublicProduct(fixture.pendingProduct.slug)).toBeNull();
    expect(await getPublicProduct(fixture.ofPendingShop.slug)).toBeNull();
    expect((await getPublicProducer(fixture.approved.slug))?.products.map((p) => p.name)).not.toContain("Cà phê chờ duyệt");
  });

  it("keeps drafts and pending items out of the sitemap", async () => {
    const entries = JSON.stringify(await listSitemapEntries());
    expect(entries).toContain(fixture.approved.slug);
    expect(entries).toContain(fixture.scheduled.id);
    for (const hidden of [fixture.pendingShop.slug, fixture.pendingProduct.slug, fixture.ofPendingShop.slug, fixture.draft.id]) {
      expect(entries).not.toContain(hidden);
    }
  });

  it("does not show the stars of an expired certificate as current", async () => {
    const product = (await getPublicProduct(fixture.expired.slug))!;
    expect(product.stars).toBeNull();
    expect(product.certificate).toMatchObject({ stars: 5, expired: true });
    expect((await getPublicProduct(fixture.coffee.slug))?.certificate).toMatchObject({ stars: 5, expired: false });
    expect((await listHighlights(10)).map((p) => p.slug)).not.toContain(fixture.expired.slug);
  });

  it("finds a province's producers, products, sessions and former units", async () => {
    const page = (await getProvincePage("bac-ninh"))!;
    expect(page.formerUnits).toEqual(["Bắc Giang"]);
    expect(page.producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    expect(page.upcoming.map((s) => s.title)).toContain("Đặc sản Bắc Giang");
  });
});

describe("schedule filters", () => {
  it("resolves an old province name to its current unit and says so", async () => {
    const week = await listWeekSessions(monday);
    const outcome = filterSessions(week, { province: "Bắc Giang" });
    expect(outcome.province).toMatchObject({ merged: true, province: { name: "Bắc Ninh" } });
    expect(outcome.sessions.length).toBe(3);
    expect(filterSessions(week, { province: "Cà Mau" }).sessions).toEqual([]);
    expect(filterSessions(week, { province: "Atlantis" })).toMatchObject({ provinceUnknown: true, sessions: [] });
  });

  it("filters by stars, group, region, host and text", async () => {
    const week = await listWeekSessions(monday);
    expect(filterSessions(week, { minStars: 5 }).sessions.map((s) => s.title)).toEqual(["Đặc sản Bắc Giang", "Phiên đêm Chủ nhật"]);
    expect(filterSessions(week, { group: 2 }).sessions.map((s) => s.title)).toEqual(["Đặc sản Bắc Giang", "Phiên đêm Chủ nhật"]);
    expect(filterSessions(week, { region: "SOUTH" }).sessions).toEqual([]);
    expect(filterSessions(week, { host: "vohalinh.test" }).sessions.map((s) => s.title)).toEqual(["Đặc sản Bắc Giang", "Phiên đã huỷ"]);
    expect(filterSessions(week, { q: "banh trang" }).sessions.map((s) => s.title)).toEqual(["Đặc sản Bắc Giang", "Phiên đã huỷ"]);
  });

  it("keeps the sessions of producers in the Hạt giống OCOP cohort (seeds=1), who also get the badge", async () => {
    expect(filterSessions(await listWeekSessions(monday), { seeds: true }).sessions).toEqual([]);
    const producer = await db.producer.findFirstOrThrow({ where: { name: "HTX Vải thiều Lục Ngạn" }, select: { id: true, slug: true } });
    const staffUser = await createUser(db, { role: "STAFF" });
    await db.cohortMembership.create({ data: { producerId: producer.id, joinReason: "Tăng trưởng đều", addedById: staffUser.id } });
    const week = await listWeekSessions(monday);
    expect(filterSessions(week, { seeds: true }).sessions.map((s) => s.title)).toEqual(filterSessions(week, { province: "Bắc Ninh" }).sessions.map((s) => s.title));
    expect((await getPublicProducer(producer.slug))?.seed).toBe(true);
    await db.cohortMembership.updateMany({ where: { producerId: producer.id }, data: { leftAt: new Date(), leaveReason: "Tạm nghỉ" } });
    expect((await getPublicProducer(producer.slug))?.seed).toBe(false);
  });
});

describe("the product catalogue", () => {
  const names = async (query: Parameters<typeof listCatalogue>[0]) => (await listCatalogue(query)).products.map((p) => p.name);

  it("lists public products only, by their current stars then name, filtered by province, group and stars", async () => {
    const all = await listCatalogue({ page: 1 });
    // The lapsed certificate's product has no stars now: last. Products under review and those of a shop under review are not public.
    expect(all.products.map((p) => [p.name, p.stars])).toEqual([
      ["Cà phê rang xay Buôn Ma Thuột", 5],
      ["Bánh tráng phơi sương", 3],
      ["Mật ong hết hạn", null],
    ]);
    expect(all).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(all.products[0]).toMatchObject({ groupId: 2, producer: { name: "HTX Vải thiều Lục Ngạn", province: "Bắc Ninh" } });
    expect(await names({ page: 1, minStars: 4 })).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect(await names({ page: 1, minStars: 3 })).toEqual(["Cà phê rang xay Buôn Ma Thuột", "Bánh tráng phơi sương"]);
    expect(await names({ page: 1, group: 2 })).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect(await names({ page: 1, provinceId: BAC_NINH, minStars: 3 })).toEqual(["Cà phê rang xay Buôn Ma Thuột", "Bánh tráng phơi sương"]);
    expect(await listCatalogue({ page: 1, provinceId: 1 })).toEqual({ products: [], total: 0, page: 1, pages: 1 });
  });

  it("orders them by price either way, or newest first", async () => {
    const priced = (await listCatalogue({ page: 1, sort: "price-asc" })).products.map((p) => p.priceVnd);
    expect(priced).toEqual([...priced].sort((a, b) => a - b));
    expect((await listCatalogue({ page: 1, sort: "price-desc" })).products.map((p) => p.priceVnd)).toEqual([...priced].reverse());
    const shop = await createProducer(db, { name: "HTX Sâm Ngọc Linh", provinceId: 20, taxCode: "0100777666" });
    const cheap = await createProduct(db, shop.id, { name: "Sâm gói dùng thử", priceVnd: 1000 });
    const dear = await createProduct(db, shop.id, { name: "Sâm hộp quà", priceVnd: 90_000_000 });
    expect((await listCatalogue({ page: 1, sort: "price-asc" })).products[0]?.slug).toBe(cheap.slug);
    expect((await listCatalogue({ page: 1, sort: "price-desc" })).products[0]?.slug).toBe(dear.slug);
    expect((await listCatalogue({ page: 1, sort: "new" })).products.slice(0, 2).map((p) => p.slug)).toEqual([dear.slug, cheap.slug]);
  });

  it("pages through them, and a page past the end shows the last one", async () => {
    const shop = await createProducer(db, { name: "HTX Chè Tân Cương", provinceId: 7, taxCode: "4600111222" });
    for (let i = 0; i < CATALOGUE_PAGE_SIZE + 1; i++) await createProduct(db, shop.id, { name: `Chè búp số ${String(i).padStart(2, "0")}` });
    const first = await listCatalogue({ page: 1, provinceId: 7 });
    expect(first).toMatchObject({ total: CATALOGUE_PAGE_SIZE + 1, page: 1, pages: 2 });
    expect(first.products).toHaveLength(CATALOGUE_PAGE_SIZE);
    const second = await listCatalogue({ page: 2, provinceId: 7 });
    expect(second.products.map((p) => p.name)).toEqual([`Chè búp số ${CATALOGUE_PAGE_SIZE}`]);
    expect(new Set([...first.products, ...second.products].map((p) => p.slug)).size).toBe(CATALOGUE_PAGE_SIZE + 1);
    expect(await listCatalogue({ page: 9, provinceId: 7 })).toEqual(second);
    expect(await listCatalogue({ page: 9, provinceId: 1 })).toEqual({ products: [], total: 0, page: 1, pages: 1 });
  });
});

describe("search", () => {
  it("is blind to diacritics and case, and only finds public things", async () => {
    const coffee = await search("ca phe");
    expect(coffee.products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect((await search("BANH TRANG")).products.map((p) => p.name)).toEqual(["Bánh tráng phơi sương"]);
    expect((await search("dak lak")).provinces).toEqual([{ name: "Đắk Lắk", slug: "dak-lak", formerName: null }]);
    // A former province is found as the one it is part of now, and says which name matched.
    expect((await search("bac giang")).provinces).toEqual([{ name: "Bắc Ninh", slug: "bac-ninh", formerName: "Bắc Giang" }]);
    expect((await search("bac giang")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    expect((await search("nháp bí mật")).sessions).toEqual([]);
    expect((await search("x")).products).toEqual([]);
    expect((await search("100%_")).products).toEqual([]);
  });

  it("finds sessions by a product of their line-up (naming it) and by province, those to come first", async () => {
    const sessions = async (q: string) => (await search(q)).sessions.map((s) => [s.title, s.status, s.product]);
    // The bánh tráng is in the 07:00 session and the cancelled 09:00 one; the draft is never found.
    expect(await sessions("BANH TRANG")).toEqual([
      ["Đặc sản Bắc Giang", "SCHEDULED", "Bánh tráng phơi sương"],
      ["Phiên đã huỷ", "CANCELLED", "Bánh tráng phơi sương"],
    ]);
    // Products that are not public (under review, or of a shop under review) find nothing.
    expect(await sessions("cho duyet")).toEqual([]);
    // The province of its producers, by its name or a former one.
    const inBacNinh = [
      ["Đặc sản Bắc Giang", "SCHEDULED", null],
      ["Phiên đã huỷ", "CANCELLED", null],
      ["Phiên đêm Chủ nhật", "SCHEDULED", null],
      ["Phiên sáng thứ Hai", "SCHEDULED", null],
    ];
    expect(await sessions("bac ninh")).toEqual(inBacNinh);
    expect(await sessions("Bắc Giang")).toEqual(inBacNinh);
  });

  it("finds what has each word of a longer query in its name or its province's", async () => {
    // The coffee's producer is in Bắc Ninh: "cà phê bắc ninh" finds it, "cà phê hà nội" does not.
    expect((await search("ca phe bac ninh")).products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect((await search("Cà phê Hà Nội")).products).toEqual([]);
    expect((await search("luc ngan bac ninh")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    // Bắc Giang is part of Bắc Ninh since 1 July 2025: its name still finds Bắc Ninh's products.
    expect((await search("cà phê Bắc Giang")).products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect((await search("luc ngan bac giang")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    // When the whole query names a province, its words are not matched with other provinces' names:
    // "giang" in a Thái Nguyên shop's name and "bắc" of Bắc Kạn (Thái Nguyên) don't make "Bắc Giang".
    await createProducer(db, { name: "HTX Hương Giang", provinceId: 7, taxCode: "0100555444" });
    expect((await search("giang bac kan")).producers.map((p) => p.name)).toEqual(["HTX Hương Giang"]);
    expect((await search("bac giang")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    // Each word within one of the province's names: "bắc" of Bắc Ninh and "giang" of another don't make one.
    expect((await search("ca phe ninh giang")).products).toEqual([]);
    // One word stays a match on the name: "ninh" is not in the coffee's name.
    expect((await search("ninh")).products).toEqual([]);
  });

  it("falls back on close words when the words themselves find nothing", async () => {
    // "rag" is in no name: the words find nothing, a close match does, and the result says so.
    const close = await search("ca phe rag xay");
    expect(close.products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect(close.close).toBe(true);
    expect((await search("ca phe rang")).close).toBe(false);
    expect((await search("xyzw")).close).toBe(false);
    // A close name finds the sessions that sell it too, as the name itself does.
    const misspelt = await search("banh trag phoi suong");
    expect(misspelt.close).toBe(true);
    expect(misspelt.sessions.map((s) => [s.title, s.product])).toEqual((await search("banh trang phoi suong")).sessions.map((s) => [s.title, s.product]));
    expect(misspelt.sessions.map((s) => s.product)).toEqual(["Bánh tráng phơi sương", "Bánh tráng phơi sương"]);
    // A product under review that holds the words does not keep the close match from public ones.
    await createProduct(db, fixture.approved.id, { name: "Cà phê rag chờ duyệt", reviewStatus: "SUBMITTED" });
    expect((await search("ca phe rag")).products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    expect((await search("HTX Vai thieu Luc Ngan")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
    expect((await search("Vai thieu Luc Ngna")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn"]);
  });

  it("ranks names that start with the query first", async () => {
    await createProduct(db, fixture.approved.id, { name: "Trà xanh cà phê sữa" });
    expect((await search("ca phe")).products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột", "Trà xanh cà phê sữa"]);
  });

  it("ranks the shops of the province a query names before other shops holding its words", async () => {
    await createProducer(db, { name: "HTX Giang Bắc", provinceId: 1, taxCode: "0100999888" });
    // "HTX Giang Bắc" (Hà Nội) holds both words of "bac giang"; the shop in Bắc Giang comes first.
    expect((await search("bac giang")).producers.map((p) => p.name)).toEqual(["HTX Vải thiều Lục Ngạn", "HTX Giang Bắc"]);
  });

  it("matches on the folded names PostgreSQL keeps (16,000 products), which the trigram indexes serve", async () => {
    await db.$executeRaw`
      INSERT INTO products (producer_id, slug, name, group_id, price_vnd, unit, review_status, updated_at)
      SELECT ${fixture.approved.id}::uuid, 'bulk-' || g, 'Sản phẩm số ' || g || ' ' || md5(g::text), 1, 100000, 'hộp', 'APPROVED', now()
      FROM generate_series(1, 16000) g`;
    await db.$executeRaw`ANALYZE products`;
    // Whether a scan or the index is cheaper is the planner's call (at 16,000 rows they are close);
    // what must hold is that the index can answer both ways the search matches a name.
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const explain = async (sql: string) => (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`)).map((r) => r["QUERY PLAN"]).join("\n");
      return [
        await explain(`SELECT id FROM products WHERE name_fold LIKE '%' || 'ca phe rang' || '%'`),
        await explain(`SELECT id FROM products WHERE 'ca phe' <% name_fold`),
      ];
    });
    for (const plan of plans) expect(plan).toContain("products_name_fold_trgm");
    expect((await search("ca phe rang")).products.map((p) => p.name)).toEqual(["Cà phê rang xay Buôn Ma Thuột"]);
    // The folded name follows the name (a generated column): renamed, found by the new name only.
    await db.product.updateMany({ where: { name: "Cà phê rang xay Buôn Ma Thuột" }, data: { name: "Cà phê phin Đắk Lắk" } });
    expect((await search("ca phe rang")).products).toEqual([]);
    expect((await search("CA PHE PHIN")).products[0]?.name).toBe("Cà phê phin Đắk Lắk");
  });
});

describe("no N+1 queries", () => {
  it("reads a day of sessions with the same number of queries for 1 or 30 sessions", async () => {
    const queries: string[] = [];
    const counting = createPrismaClient(process.env.DATABASE_URL!, { onQuery: (sql) => queries.push(sql) });
    const holder = globalThis as { __ocopPrisma?: unknown };
    const original = holder.__ocopPrisma;
    holder.__ocopPrisma = counting;
    try {
      const day = addDays(saturday, 14);
      const host = await createHost(db);
      const channel = await createChannel(db);
      await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "07:00"), endsAt: vnInstant(day, "07:30"), productIds: [fixture.coffee.id] });
      queries.length = 0;
      const one = await listPublicSessions(vnDayBounds(day).start, vnDayBounds(day).end);
      const forOne = queries.length;
      for (let i = 0; i < 29; i++) {
        const [h, c] = await Promise.all([createHost(db), createChannel(db)]);
        await createSession(db, { hostId: h.id, channelId: c.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), productIds: [fixture.coffee.id, fixture.banhTrang.id] });
      }
      queries.length = 0;
      const thirty = await listPublicSessions(vnDayBounds(day).start, vnDayBounds(day).end);
      expect(one).toHaveLength(1);
      expect(thirty).toHaveLength(30);
      expect(queries.length).toBe(forOne);
      expect(forOne).toBeLessThanOrEqual(12);
    } finally {
      holder.__ocopPrisma = original;
      await counting.$disconnect();
    }
  });
});

describe("calendar feeds", () => {
  it("are valid iCalendar with stable UIDs, Vietnam times and cancellations", async () => {
    const sessions = await listFeedSessions({ provinceId: BAC_NINH });
    const text = buildCalendar({ name: "Chợ phiên OCOP – Bắc Ninh", events: sessions.map((s) => sessionEvent(s, "https://ocop.example")) });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const byTitle = new Map(events.map((e) => [e.summary, e]));
    const main = byTitle.get("Đặc sản Bắc Giang")!;
    expect(main.uid).toBe(`${fixture.scheduled.id}@chophien-ocop`);
    expect(main.startDate.toJSDate().toISOString()).toBe(vnInstant(saturday, "07:00").toISOString());
    expect(main.endDate.toJSDate().toISOString()).toBe(vnInstant(saturday, "08:30").toISOString());
    expect(main.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const cancelled = events.find((e) => e.uid === `${fixture.cancelled.id}@chophien-ocop`)!;
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events.map((e) => e.summary)).not.toContain("Phiên nháp bí mật");
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it("bump SEQUENCE when a session changes", async () => {
    const before = sessionEvent((await getPublicSession(fixture.scheduled.id))!, "https://ocop.example");
    await db.liveSession.update({ where: { id: fixture.scheduled.id }, data: { title: "Đặc sản Bắc Giang (đổi giờ)", version: { increment: 1 } } });
    const after = sessionEvent((await getPublicSession(fixture.scheduled.id))!, "https://ocop.example");
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    await db.liveSession.update({ where: { id: fixture.scheduled.id }, data: { title: "Đặc sản Bắc Giang", version: { increment: 1 } } });
  });
});
