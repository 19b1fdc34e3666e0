/**
 * Reference data (always, idempotently) and the demo data (once, into an empty portal).
 * Everything is deterministic for a given "now", and relative to it: there are always 8 past
 * Saturdays with results and 4 coming ones, certificates expiring soon and a few expired.
 */
import type { Db } from "@/lib/db/client";
import type { LegalForm, ReviewStatus, SessionStatus } from "@/lib/db/generated/enums";
import { certificateExpiry, OCOP_GROUPS } from "@/lib/ocop";
import { withTaxCheckDigit } from "@/lib/producers/schema";
import { PROVINCES } from "@/lib/provinces/data";
import { provinceAliasRows, provinceSlug } from "@/lib/provinces/resolve";
import { slugify } from "@/lib/text";
import { addDays, addMonths, comingSaturday, vnDateOf, vnInstant } from "@/lib/time";
import {
  createChannel,
  createHost,
  createPackagingCheck,
  createProducer,
  createProduct,
  createSession,
  createUser,
} from "@/tests/fixtures/factories";
import { SPECIALTIES } from "./demo/specialties";

export const DEMO_PASSWORD = "ChoPhien#2026";
export const DEMO_ACCOUNTS = [
  { role: "ADMIN", email: "admin@chophien.test", name: "Lê Thu Hà" },
  { role: "STAFF", email: "staff@chophien.test", name: "Phạm Quốc Bảo" },
  { role: "PRODUCER", email: "producer@chophien.test", name: "Y Khuê Niê" },
] as const;

export async function seedReferenceData(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const p of PROVINCES) {
      const data = { name: p.name, slug: provinceSlug(p.name), kind: p.kind, region: p.region };
      await tx.province.upsert({ where: { id: p.id }, create: { id: p.id, ...data }, update: data });
    }
    for (const a of provinceAliasRows()) {
      await tx.provinceAlias.upsert({ where: { key: a.key }, create: a, update: a });
    }
    for (const g of OCOP_GROUPS) {
      await tx.ocopGroup.upsert({ where: { id: g.id }, create: { ...g }, update: { ...g } });
    }
  });
}

/** mulberry32: a tiny seeded PRNG, so the demo data is the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const PEOPLE = [
  "Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Thu", "Phạm Văn Hùng", "Hoàng Thị Lan", "Vũ Đức Thắng",
  "Đặng Thị Mai", "Bùi Văn Nam", "Đỗ Thị Hạnh", "Hồ Văn Tài", "Ngô Thị Yến", "Dương Văn Lộc",
];
const HOSTS = [
  ["Võ Hà Linh", "vohalinh.ocop"], ["Quỳnh Nông Dân", "quynhnongdan"], ["Anh Nông Dân", "anhnongdan.official"],
  ["Chị Ba Miền Tây", "chibamientay"], ["Tùng Đặc Sản", "tungdacsan"], ["Hà Xuyên Việt", "haxuyenviet"],
  ["Mai Chợ Quê", "maichoque"], ["Khoa Review", "khoareview.vn"], ["Bếp Nhà Na", "bepnhana"],
  ["Long Tây Bắc", "longtaybac"], ["Thảo Nguyên Food", "thaonguyenfood"], ["Duy Miệt Vườn", "duymietvuon"],
  ["Út Trà Vinh", "uttravinh"], ["Lan Cao Nguyên", "lancaonguyen"], ["Hiếu Livestream", "hieulive"],
] as const;
const CHANNELS = [
  ["Chợ phiên OCOP", "chophienocop"], ["Tự hào hàng Việt", "tuhaohangviet.shop"], ["Đặc sản 3 miền", "dacsan3mien"],
  ["Nông sản Việt", "nongsanviet.official"], ["OCOP Tây Nguyên", "ocoptaynguyen"], ["OCOP Miền Tây", "ocopmientay"],
  ["OCOP Tây Bắc", "ocoptaybac"], ["Quà quê OCOP", "quaqueocop"], ["Bếp Việt OCOP", "bepvietocop"],
  ["Làng nghề Việt", "langngheviet"],
] as const;
const MCNS = ["Nông Sản Việt MCN", "Green Live MCN", "Sao Việt Network", null] as const;
const DESTINATIONS = [
  "Đồi chè Tân Cương", "Làng hoa Sa Đéc", "Bản Áng Mộc Châu", "Cù lao An Bình", "Làng gốm Bát Tràng", "Hội An",
];
const SLOTS = [
  ["07:00", "08:30"],
  ["08:30", "10:00"],
  ["10:00", "11:30"],
] as const;
const VARIANTS = ["", " – hộp quà", " loại đặc biệt", " – combo gia đình", " – gói dùng thử"] as const;
/** A destination (group 6) sells visits, not boxes. */
const TOURISM_VARIANTS = ["", " – tour nửa ngày", " – gói 2 ngày 1 đêm", " – trải nghiệm cho gia đình", " – vé nhóm 10 người"] as const;

export type DemoSummary = { producers: number; products: number; sessions: number; saturdays: string[] };

export async function seedDemoData(db: Db, now = new Date()): Promise<DemoSummary | null> {
  if (await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } })) return null;
  const rand = prng(20250701);
  const today = vnDateOf(now);
  const provinceId = new Map(PROVINCES.map((p) => [p.name, p.id]));

  const users = Object.fromEntries(
    await Promise.all(
      DEMO_ACCOUNTS.map(async (a) => [a.role, await createUser(db, { ...a, password: DEMO_PASSWORD, phone: "0987 654 321" })]),
    ),
  ) as Record<(typeof DEMO_ACCOUNTS)[number]["role"], { id: string }>;

  // ~40 producers over the country, one per specialty, spread round-robin over the provinces.
  const byProvince = new Map<string, typeof SPECIALTIES[number][]>();
  for (const s of SPECIALTIES) byProvince.set(s.province, [...(byProvince.get(s.province) ?? []), s]);
  // One of each OCOP group first, so that every group has producers, then round-robin.
  const picked = OCOP_GROUPS.map((g) => SPECIALTIES.find((s) => s.group === g.id)!);
  for (let round = 0; picked.length < 40; round++) {
    for (const list of byProvince.values()) {
      const specialty = list[round];
      if (specialty && picked.length < 40 && !picked.includes(specialty)) picked.push(specialty);
    }
  }
  const legalForms: LegalForm[] = ["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD"];
  const producers: { id: string; provinceId: number; status: ReviewStatus; products: { id: string; groupId: number; stars: number; priceVnd: number; expired: boolean }[] }[] = [];
  const skus: { producerId: string; productId: string; value: string }[] = [];
  let productCount = 0;
  for (const [i, specialty] of picked.entries()) {
    const legalForm = legalForms[i % 3]!;
    const name =
      legalForm === "COOPERATIVE" ? `HTX ${specialty.product}` :
      legalForm === "ENTERPRISE" ? `Công ty TNHH ${specialty.product}` :
      `Hộ kinh doanh ${PEOPLE[i % PEOPLE.length]} – ${specialty.product}`;
    // Three shops wait for their first review; the demo producer's shop is the first one.
    const status: ReviewStatus = i >= 37 ? "SUBMITTED" : "APPROVED";
    const owner = i === 0 ? users.PRODUCER : await createUser(db, {
      email: `${slugify(name).slice(0, 40)}@chophien.test`,
      name: PEOPLE[(i + 3) % PEOPLE.length]!,
      password: DEMO_PASSWORD,
    });
    const pid = provinceId.get(specialty.province)!;
    const producer = await createProducer(db, {
      name,
      slug: slugify(name).slice(0, 80),
      provinceId: pid,
      legalForm,
      reviewStatus: status,
      memberUserIds: [owner.id],
      address: `Thôn ${rand.int(1, 12)}, xã ${PEOPLE[i % PEOPLE.length]!.split(" ").pop()}, ${specialty.province}`,
      taxCode: withTaxCheckDigit(String(401_000_000 + i * 7_919).slice(0, 9)) ?? withTaxCheckDigit(String(402_000_000 + i * 7_919))!,
      description: `${name} sản xuất ${specialty.product.toLowerCase()} theo quy trình sạch, đạt chứng nhận OCOP.`,
      createdAt: vnInstant(addDays(today, -400 + i * 3)),
    });

    const count = status === "APPROVED" ? 4 + (i % 4 === 0 ? 1 : 0) - (i % 3 === 2 ? 1 : 0) : 2;
    const items: { id: string; groupId: number; stars: number; priceVnd: number; expired: boolean }[] = [];
    for (let k = 0; k < count; k++) {
      // A shop sells its own kind of goods (an HTX Thanh long sells dragon fruit), in several packs.
      const base = specialty;
      const tourism = base.group === 6;
      const productName = `${base.product}${(tourism ? TOURISM_VARIANTS : VARIANTS)[k % VARIANTS.length]}`;
      const roll = rand.next();
      const stars = roll < 0.1 ? 5 : roll < 0.55 ? 4 : 3;
      // Certificate age: mostly valid; every 17th about to expire (within 60 days); every 29th expired.
      productCount++;
      const monthsAgo = productCount % 29 === 0 ? rand.int(37, 40) : productCount % 17 === 0 ? 35 : rand.int(1, 30);
      const decisionDate = addDays(addMonths(today, -monthsAgo), -rand.int(0, 20));
      let reviewStatus: ReviewStatus = status === "APPROVED" ? "APPROVED" : "SUBMITTED";
      if (status === "APPROVED" && productCount % 19 === 0) reviewStatus = "SUBMITTED";
      if (status === "APPROVED" && productCount % 31 === 0) reviewStatus = "CHANGES_REQUESTED";
      if (i === 0 && k === count - 1) reviewStatus = "DRAFT";
      const fragile = /thùng|chai|hũ|gốm|chậu|trứng/i.test(base.unit + base.product);
      // Packaging checks of fragile products: most approved; a few waiting or sent back (those stay
      // out of line-ups until approved). The demo producer's are approved.
      const packaging = !fragile ? "NONE" : i > 0 && productCount % 7 === 3 ? "SUBMITTED" : i > 0 && productCount % 7 === 5 ? "CHANGES_REQUESTED" : "APPROVED";
      const priceVnd = Math.round((base.priceVnd * (k === 1 ? 1.4 : k === 3 ? 1 : 1 + k * 0.6)) / 1000) * 1000;
      const product = await createProduct(db, producer.id, {
        name: productName,
        slug: `${slugify(productName).slice(0, 70)}-${productCount}`,
        groupId: base.group,
        priceVnd,
        unit: k === 1 && !tourism ? `hộp quà (${base.unit})` : base.unit,
        reviewStatus,
        reviewReason: reviewStatus === "CHANGES_REQUESTED" ? "Ảnh chụp giấy chứng nhận bị mờ, vui lòng tải lại bản rõ nét." : null,
        featured: stars === 5 || productCount % 11 === 0,
        fragile,
        description: `${base.product} – đặc sản ${base.province}, đóng gói cẩn thận, giao toàn quốc.`,
        shelfLifeDays: base.group === 6 ? null : base.unit.includes("thùng") ? 14 : 365,
        certificate: {
          stars,
          decisionDate,
          issuingLevel: stars === 5 ? "CENTRAL" : decisionDate < "2025-07-01" && stars === 3 ? "DISTRICT" : "PROVINCE",
          decisionNumber: `${rand.int(100, 2999)}/QĐ-${stars === 5 ? "BNNMT" : "UBND"}`,
        },
      });
      if (fragile) {
        await createPackagingCheck(db, {
          productId: product.id,
          submittedById: owner.id,
          status: packaging as "SUBMITTED" | "APPROVED" | "CHANGES_REQUESTED",
          decidedById: users.STAFF.id,
          reason: packaging === "CHANGES_REQUESTED" ? "Chưa thấy lớp đệm giữa các chai; thùng 3 lớp dễ móp khi xếp chồng. Dùng thùng 5 lớp và vách ngăn." : null,
          createdAt: vnInstant(addDays(today, -rand.int(2, 60)), "10:00"),
        });
      }
      const expired = certificateExpiry(decisionDate) < today;
      if (reviewStatus === "APPROVED" && (packaging === "NONE" || packaging === "APPROVED")) items.push({ id: product.id, groupId: base.group, stars, priceVnd, expired });
      // Its TikTok Shop listing: a Seller SKU and the platform's SKU id, as order exports name them.
      skus.push(
        { producerId: producer.id, productId: product.id, value: `OCOP-${String(productCount).padStart(4, "0")}` },
        { producerId: producer.id, productId: product.id, value: `1729${String(productCount).padStart(15, "0")}` },
      );
    }
    producers.push({ id: producer.id, provinceId: pid, status, products: items });
    if (status === "APPROVED") {
      await db.reviewDecision.create({
        data: { target: "PRODUCER", producerId: producer.id, decision: "APPROVE", reviewerId: users.STAFF.id },
      });
    }
  }

  await db.productSku.createMany({ data: skus });
  // TikTok Shop product ids, one per product, from its Seller SKU's number.
  await db.$executeRaw`UPDATE products p SET tiktok_product_id = '1730' || lpad(substring(s.value FROM 6), 15, '0') FROM product_skus s WHERE s.product_id = p.id AND s.value LIKE 'OCOP-%'`;

  const hosts = await Promise.all(
    HOSTS.map(([name, tiktokHandle], i) => createHost(db, { name, tiktokHandle, mcn: MCNS[i % MCNS.length] })),
  );
  const channels = await Promise.all(CHANNELS.map(([name, tiktokHandle]) => createChannel(db, { name, tiktokHandle })));

  // 30 sessions each Saturday (10 channels × 3 slots, 7:00–11:30): the 8 past ones and the 4 coming.
  const first = addDays(comingSaturday(now), -8 * 7);
  const saturdays = Array.from({ length: 12 }, (_, w) => addDays(first, w * 7));
  const approved = producers.filter((p) => p.status === "APPROVED" && p.products.length > 0);
  let sessionCount = 0;
  for (const [w, saturday] of saturdays.entries()) {
    for (const [s, [from, to]] of SLOTS.entries()) {
      // A producer is in one session at a time: each slot takes its producers from those still free.
      const busy = new Set<string>();
      const free = (start: number) => {
        for (let n = 0; n < approved.length; n++) {
          const p = approved[(start + n) % approved.length]!;
          if (!busy.has(p.id)) {
            busy.add(p.id);
            return p;
          }
        }
        return null;
      };
      for (const [c, channel] of channels.entries()) {
        const host = hosts[(c + s * channels.length + w) % hosts.length]!;
        const startsAt = vnInstant(saturday, from);
        const endsAt = vnInstant(saturday, to);
        // Two or three producers per session; the demo producer is in the first channel's first slot.
        const lead = free(c === 0 && s === 0 ? 0 : (w * 7 + s * 11 + c * 3) % approved.length)!;
        const others = [free((w * 5 + s * 13 + c * 7 + 1) % approved.length), ...((c + w) % 2 ? [free((w + s + c * 17 + 2) % approved.length)] : [])];
        // A coming session shows no product whose certificate has expired.
        const lineup = [lead, ...others.filter((p) => p !== null)].flatMap((p) => p.products.filter((x) => startsAt < now || !x.expired).slice(0, 3));
        const theme = (c + w) % 4;
        const province = PROVINCES.find((p) => p.id === lead.provinceId)!;
        const group = OCOP_GROUPS.find((g) => g.id === (lineup[0]?.groupId ?? 1))!;
        const title =
          theme === 0 ? `Đặc sản ${province.name} lên sóng` :
          theme === 1 ? `${group.nameVi} OCOP chọn lọc` :
          theme === 2 ? "Tự hào hàng Việt: OCOP 4–5 sao" :
          `Về ${DESTINATIONS[(c + w) % DESTINATIONS.length]} – quà quê OCOP`;
        let status: SessionStatus = endsAt <= now ? "COMPLETED" : startsAt <= now ? "LIVE" : "SCHEDULED";
        if (status === "COMPLETED" && (w * 30 + s * 10 + c) % 37 === 5) status = "CANCELLED";
        if (w === saturdays.length - 1 && c >= 7) status = "DRAFT";
        const session = await createSession(db, {
          hostId: host.id,
          channelId: channel.id,
          startsAt,
          endsAt,
          title,
          status,
          productIds: lineup.map((p) => p.id),
          themeProvinceId: theme === 0 ? province.id : null,
          themeGroupId: theme === 1 ? group.id : null,
          themeProudVietnamese: theme === 2,
          themeDestination: theme === 3 ? DESTINATIONS[(c + w) % DESTINATIONS.length]! : null,
        });
        sessionCount++;
        await db.liveSession.update({
          where: { id: session.id },
          data: { liveUrl: `https://www.tiktok.com/@${channel.tiktokHandle}/live` },
        });
        if (status !== "COMPLETED") continue;
        // Results; a few producers grow week after week ("0 đồng → trăm triệu").
        const viewers = rand.int(2_000, 60_000);
        await db.sessionResult.create({
          data: {
            sessionId: session.id,
            viewers,
            peakViewers: Math.round(viewers * (0.05 + rand.next() * 0.1)),
            durationMinutes: 90,
            newFollowers: rand.int(50, 2_000),
            enteredById: users.STAFF.id,
          },
        });
        await db.productResult.createMany({
          data: lineup.map((p) => {
            // Tens of millions to a few hundred million đồng a session; the growers start at 0 đồng
            // and reach a full session's sales by the eighth week.
            const grower = approved.indexOf(lead) % 6 === 0;
            // Dear products (ginseng at millions a box) sell fewer units.
            const orders = Math.round(rand.int(20, 120) * Math.min(1, 300_000 / p.priceVnd) * (grower ? w / 7 : 1));
            const unitsSold = orders + rand.int(0, Math.ceil(orders / 3));
            return { sessionId: session.id, productId: p.id, orders, unitsSold, gmvVnd: BigInt(unitsSold * p.priceVnd) };
          }),
        });
      }
    }
  }

  // Applications for the coming Saturday, waiting for staff.
  for (const p of approved.slice(1, 5)) {
    await db.sessionApplication.create({
      data: {
        producerId: p.id,
        saturday: new Date(`${saturdays[8]}T00:00:00Z`),
        preferredTime: "08:30",
        note: "Xin tham gia phiên sáng, có sẵn hàng 500 đơn.",
        products: { create: p.products.slice(0, 2).map((x) => ({ productId: x.id })) },
      },
    });
  }
  await db.sessionApplication.create({
    data: {
      producerId: approved[0]!.id,
      saturday: new Date(`${saturdays[9]}T00:00:00Z`),
      preferredTime: "07:00",
      products: { create: approved[0]!.products.slice(0, 2).map((x) => ({ productId: x.id })) },
    },
  });

  // The programme: workshops past (with attendance) and coming (with sign-ups).
  const workshops = [
    { title: "Bán hàng livestream cho người mới bắt đầu", topic: "LIVESTREAM", day: -40, place: "Trung tâm Xúc tiến thương mại nông nghiệp, 489 Hoàng Quốc Việt, Hà Nội", onlineUrl: "https://meet.google.com/ocop-live-khoa1", capacity: 80 },
    { title: "Quay và dựng video ngắn bằng điện thoại", topic: "SHORT_VIDEO", day: -25, place: null, onlineUrl: "https://meet.google.com/ocop-video-ngan", capacity: 60 },
    { title: "Đóng gói trái cây tươi và hàng dễ vỡ", topic: "PACKAGING", day: -12, place: "Sở Nông nghiệp và Môi trường TP. Cần Thơ", onlineUrl: null, capacity: 40 },
    { title: "Quảng cáo TikTok Shop: ngân sách nhỏ, đơn thật", topic: "ADS", day: 4, place: null, onlineUrl: "https://meet.google.com/ocop-quang-cao", capacity: 50 },
    { title: "Bán hàng livestream cho người mới bắt đầu (khoá 2)", topic: "LIVESTREAM", day: 9, place: "Trung tâm Xúc tiến thương mại nông nghiệp, 489 Hoàng Quốc Việt, Hà Nội", onlineUrl: "https://meet.google.com/ocop-live-khoa2", capacity: 40 },
    { title: "Đóng gói trái cây tươi và hàng dễ vỡ (khoá 2)", topic: "PACKAGING", day: 16, place: "Trung tâm Xúc tiến thương mại nông nghiệp, 489 Hoàng Quốc Việt, Hà Nội", onlineUrl: null, capacity: 30 },
  ] as const;
  for (const [k, w] of workshops.entries()) {
    const startsAt = vnInstant(addDays(today, w.day), "14:00");
    const workshop = await db.workshop.create({
      data: { title: w.title, topic: w.topic, startsAt, endsAt: vnInstant(addDays(today, w.day), "16:30"), place: w.place, onlineUrl: w.onlineUrl, capacity: w.capacity, createdById: users.STAFF.id, description: "Thực hành trên điện thoại của chính bạn; mang theo 2–3 sản phẩm mẫu." },
    });
    // Everyone who has been on a live took the first livestream workshop; others take what suits them.
    const taking = producers.filter((p, idx) => (k === 0 ? p.status === "APPROVED" : (idx + k) % 3 === 0) && (w.day > 0 ? idx % 2 === k % 2 : true)).slice(0, w.capacity - 2);
    await db.workshopEnrolment.createMany({
      data: taking.map((p, idx) => ({
        workshopId: workshop.id,
        producerId: p.id,
        enrolledById: users.STAFF.id,
        status: w.day > 0 ? "ENROLLED" : k === 0 || idx % 9 !== 4 ? "ATTENDED" : "ABSENT",
      })),
    });
  }

  // "Hạt giống OCOP": the shops that grew session after session and one steady seller, eight in all;
  // five publish their sales.
  const seeds = approved.filter((_, i) => i % 6 === 0 || i === 3).slice(0, 8);
  for (const [k, p] of seeds.entries()) {
    await db.cohortMembership.create({
      data: { producerId: p.id, joinReason: "Tăng trưởng đều qua các phiên, đóng gói đạt, phản hồi khách nhanh", addedById: users.STAFF.id, joinedAt: vnInstant(addDays(today, -20 + k), "09:00") },
    });
    if (k < 5) await db.producer.update({ where: { id: p.id }, data: { publishGrowth: true } });
  }

  // Shop health reviews: every other approved shop, some of them due again (older than 90 days).
  for (const [k, p] of approved.slice(0, 24).entries()) {
    if (k % 2 === 1) continue;
    const daysAgo = k === 0 ? 12 : 15 + k * 6;
    await db.healthReview.create({
      data: {
        producerId: p.id,
        responseTime: 3 + (k % 3),
        onTimeShipping: 4 + (k % 2),
        damageRate: 2 + (k % 4),
        listingQuality: 3 + (k % 3),
        livePerformance: 3 + ((k + 1) % 3),
        guidance: "Trả lời tin nhắn trong 2 giờ vào ngày có phiên; chụp ảnh sản phẩm trên nền sáng; dùng thùng 5 lớp và vách ngăn cho hàng dễ vỡ.",
        reviewedById: users.STAFF.id,
        createdAt: vnInstant(addDays(today, -daysAgo), "15:00"),
        // The demo producer has not read the latest one yet.
        acknowledgedAt: k === 0 ? null : vnInstant(addDays(today, -daysAgo + 1), "08:00"),
      },
    });
  }

  // Damage complaints on fragile products sold in past sessions.
  const sold = await db.sessionProduct.findMany({
    where: { product: { fragile: true }, session: { status: "COMPLETED" } },
    orderBy: [{ session: { startsAt: "desc" } }, { productId: "asc" }],
    take: 5,
    select: { productId: true, sessionId: true, session: { select: { startsAt: true } } },
  });
  const COMPLAINTS = [
    ["BUYER", "Người mua báo hàng đến tay bị vỡ, gửi ảnh qua tin nhắn."],
    ["ORDER_RETURNS", "4 đơn hoàn tiền với lý do “hàng bị vỡ / hư hỏng” trong tệp đơn hàng."],
    ["HOST", "Người dẫn báo thùng mẫu đến studio bị móp một góc."],
    ["PLATFORM_REVIEW", "Đánh giá 1 sao trên sàn: “hàng bị hư khi nhận”."],
    ["BUYER", "Kiện hàng bị móp, một sản phẩm bên trong hư hỏng."],
  ] as const;
  for (const [k, s] of sold.entries()) {
    const [source, description] = COMPLAINTS[k % COMPLAINTS.length]!;
    await db.damageComplaint.create({
      // A day after the session, never later than now.
      data: { productId: s.productId, sessionId: s.sessionId, source, description, recordedById: users.STAFF.id, createdAt: new Date(Math.min(s.session.startsAt.getTime() + 86_400_000, now.getTime() - 3_600_000)) },
    });
  }

  return { producers: producers.length, products: productCount, sessions: sessionCount, saturdays };
}

/** Reference data always; the demo data when asked and the portal has none yet. */
export async function seed(db: Db, { demo = true, now = new Date() } = {}) {
  await seedReferenceData(db);
  return demo ? seedDemoData(db, now) : null;
}
