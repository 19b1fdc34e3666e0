import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { OCOP_GROUPS } from "@/lib/ocop";
import { getPublicProducer } from "@/lib/producers/queries";
import { getPublicProduct, PRODUCT_CARD_SELECT, PUBLIC_PRODUCT, toProductCard, type PublicProductCard } from "@/lib/products/queries";
import { PROVINCES } from "@/lib/provinces/data";
import { currentStarsJoin, PUBLIC_SESSION_STATUSES } from "@/lib/public/visibility";
import { provinceSlug, resolveProvince } from "@/lib/provinces/resolve";
import { displayStatusFilter, getPublicSession, listPublicSessionsAfter, sessionFilter, type PublicSession } from "@/lib/sessions/queries";
import { displayStatus } from "@/lib/sessions/status";
import { siteUrl } from "@/lib/site";
import { isSlug } from "@/lib/slugs";
import { likeWords } from "@/lib/text";
import { addDays, mondayOfIsoWeek, vnDateOf, vnDayBounds, vnOffsetIso } from "@/lib/time";
import { decodeCursor, encodeCursor, InvalidParameter } from "./http";
import type {
  ApiProducer,
  ApiProducerCard,
  ApiProduct,
  ApiProductCard,
  ApiSession,
  ProducersQuery,
  ProductsQuery,
  SessionsQuery,
} from "./schema";

/**
 * The API's reads: the public pages' own queries and visibility rules (approved shops and
 * products, never drafts or private fields), shaped for the contract in `schema.ts`. Lists are
 * keyset-paginated and cached like the pages, under the same tags, so a staff change shows at
 * once.
 */

const cached = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string) =>
  unstable_cache(fn, ["api", key], { tags: [CacheTag.sessions, CacheTag.products, CacheTag.producers], revalidate: 60 });

/** A current province from an id, a slug, or a current or former name in any common spelling. */
export function provinceParam(input: string): number {
  const byId = /^\d+$/.test(input) ? PROVINCES.find((p) => p.id === Number(input)) : undefined;
  const id = byId?.id ?? resolveProvince(input)?.province.id;
  if (id === undefined) throw new InvalidParameter("province", "unknown province");
  return id;
}

const provinceRef = (id: number) => {
  const p = PROVINCES.find((x) => x.id === id)!;
  return { id: p.id, name: p.name, slug: provinceSlug(p.name) };
};

const vnLocal = (iso: string) => vnOffsetIso(new Date(iso));

function toApiSession(s: PublicSession, now: Date): ApiSession {
  const status = displayStatus(s, now);
  return {
    id: s.id,
    title: s.title,
    status,
    startsAt: new Date(s.startsAt).toISOString(),
    startsAtLocal: vnLocal(s.startsAt),
    endsAt: new Date(s.endsAt).toISOString(),
    endsAtLocal: vnLocal(s.endsAt),
    liveUrl: s.liveUrl,
    host: s.host,
    channel: s.channel,
    theme: { ...s.theme, province: s.theme.province ? provinceRef(s.theme.province.id) : null },
    producers: s.producers.map((p) => ({ slug: p.slug, name: p.name, province: provinceRef(p.provinceId) })),
    products: s.products,
    url: `${siteUrl()}/sessions/${s.id}`,
    calendarUrl: `${siteUrl()}/sessions/${s.id}/calendar.ics`,
  };
}

function sessionWhere(q: SessionsQuery, now: Date): Prisma.LiveSessionWhereInput {
  const and: Prisma.LiveSessionWhereInput[] = [];
  if (q.week) {
    const monday = mondayOfIsoWeek(q.week);
    if (!monday) throw new InvalidParameter("week", "expected an ISO week YYYY-Www");
    and.push({ startsAt: { gte: vnDayBounds(monday).start, lt: vnDayBounds(addDays(monday, 7)).start } });
  }
  if (q.from) and.push({ startsAt: { gte: vnDayBounds(q.from).start } });
  if (q.to) and.push({ startsAt: { lt: vnDayBounds(q.to).end } });
  if (q.province) and.push(sessionFilter({ provinceId: provinceParam(q.province) }));
  const lineup = (product: Prisma.ProductWhereInput): Prisma.LiveSessionWhereInput => ({
    lineup: { some: { product: { ...PUBLIC_PRODUCT, ...product } } },
  });
  if (q.group) and.push({ OR: [{ themeGroupId: q.group }, lineup({ groupId: q.group })] });
  if (q.stars) and.push(lineup(starsWhere(q.stars, now)));
  if (q.host) and.push({ host: { tiktokHandle: q.host.replace(/^@/, "") } });
  if (q.status) and.push(displayStatusFilter(q.status, now));
  return { AND: and };
}

/** A product with a current (unexpired) certificate of at least this many stars. */
function starsWhere(min: number, now: Date): Prisma.ProductWhereInput {
  return { certificates: { some: { stars: { gte: min }, expiresOn: { gte: new Date(`${vnDateOf(now)}T00:00:00Z`) } } } };
}

/** Public sessions; with `withDrafts` (an integration token's `sessions:read-private`) drafts too. */
export const listApiSessions = cached(async (q: SessionsQuery, withDrafts = false): Promise<{ data: ApiSession[]; nextCursor: string | null }> => {
  const now = new Date();
  const after = q.cursor ? decodeCursor(q.cursor, (v) => (Array.isArray(v) && v.length === 2 ? { startsAt: new Date(String(v[0])), id: String(v[1]) } : null)) : null;
  const { sessions, next } = await listPublicSessionsAfter(sessionWhere(q, now), after, q.limit, withDrafts ? [...PUBLIC_SESSION_STATUSES, "DRAFT"] : PUBLIC_SESSION_STATUSES);
  return { data: sessions.map((s) => toApiSession(s, now)), nextCursor: next ? encodeCursor([next.startsAt.toISOString(), next.id]) : null };
}, "sessions");

export async function getApiSession(id: string): Promise<ApiSession | null> {
  const s = await getPublicSession(id);
  return s ? toApiSession(s, new Date()) : null;
}

const productUrl = (slug: string) => `${siteUrl()}/products/${slug}`;
const toApiCard = (c: PublicProductCard): ApiProductCard => ({
  slug: c.slug,
  name: c.name,
  priceVnd: c.priceVnd,
  unit: c.unit,
  groupId: c.groupId,
  stars: c.stars,
  imageUrl: c.imageUrl,
  producer: c.producer,
  url: productUrl(c.slug),
});

export const listApiProducts = cached(async (q: ProductsQuery): Promise<{ data: ApiProductCard[]; nextCursor: string | null }> => {
  const after = q.cursor ? decodeCursor(q.cursor, (v) => (typeof v === "string" ? v : null)) : null;
  const province = q.province ? provinceParam(q.province) : null;
  const today = vnDateOf(new Date());
  // The page's slugs in SQL (the name filter needs vn_fold), then the cards through the pages' own select.
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT p.slug FROM products p JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
    ${q.stars ? currentStarsJoin(Prisma.sql`p.id`, "c", today) : Prisma.empty}
    WHERE p.review_status = 'APPROVED'
      ${q.producer ? Prisma.sql`AND pr.slug = ${q.producer}` : Prisma.empty}
      ${province ? Prisma.sql`AND pr.province_id = ${province}` : Prisma.empty}
      ${q.group ? Prisma.sql`AND p.group_id = ${q.group}` : Prisma.empty}
      ${q.stars ? Prisma.sql`AND c.stars >= ${q.stars}` : Prisma.empty}
      ${q.q ? Prisma.sql`AND p.name_fold LIKE '%' || ${likeWords(q.q)} || '%'` : Prisma.empty}
      ${after ? Prisma.sql`AND p.slug > ${after}` : Prisma.empty}
    ORDER BY p.slug LIMIT ${q.limit + 1}`;
  const page = rows.slice(0, q.limit).map((r) => r.slug);
  const cards = await db.product.findMany({ where: { slug: { in: page } }, select: PRODUCT_CARD_SELECT });
  const bySlug = new Map(cards.map((c) => [c.slug, toApiCard(toProductCard(c, today))]));
  return { data: page.map((slug) => bySlug.get(slug)!).filter(Boolean), nextCursor: rows.length > q.limit ? encodeCursor(page.at(-1)!) : null };
}, "products");

export async function getApiProduct(slug: string): Promise<ApiProduct | null> {
  if (!isSlug(slug)) return null;
  const p = await getPublicProduct(slug);
  if (!p) return null;
  return {
    ...toApiCard(p),
    description: p.description,
    weightGrams: p.weightGrams,
    shelfLifeDays: p.shelfLifeDays,
    fragile: p.fragile,
    images: p.images,
    certificate: p.certificate,
  };
}

const PRODUCER_CARD_SELECT = {
  slug: true,
  name: true,
  legalForm: true,
  provinceId: true,
  tiktokHandle: true,
  logoUrl: true,
} satisfies Prisma.ProducerSelect;

function toApiProducerCard(p: Prisma.ProducerGetPayload<{ select: typeof PRODUCER_CARD_SELECT }>): ApiProducerCard {
  return {
    slug: p.slug,
    name: p.name,
    legalForm: p.legalForm,
    province: provinceRef(p.provinceId),
    tiktokHandle: p.tiktokHandle,
    logoUrl: p.logoUrl,
    url: `${siteUrl()}/producers/${p.slug}`,
  };
}

export const listApiProducers = cached(async (q: ProducersQuery): Promise<{ data: ApiProducerCard[]; nextCursor: string | null }> => {
  const after = q.cursor ? decodeCursor(q.cursor, (v) => (typeof v === "string" ? v : null)) : null;
  const province = q.province ? provinceParam(q.province) : null;
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM producers
    WHERE review_status = 'APPROVED'
      ${province ? Prisma.sql`AND province_id = ${province}` : Prisma.empty}
      ${q.q ? Prisma.sql`AND name_fold LIKE '%' || ${likeWords(q.q)} || '%'` : Prisma.empty}
      ${after ? Prisma.sql`AND slug > ${after}` : Prisma.empty}
    ORDER BY slug LIMIT ${q.limit + 1}`;
  const page = rows.slice(0, q.limit).map((r) => r.slug);
  const producers = await db.producer.findMany({ where: { slug: { in: page } }, select: PRODUCER_CARD_SELECT });
  const bySlug = new Map(producers.map((p) => [p.slug, toApiProducerCard(p)]));
  return { data: page.map((slug) => bySlug.get(slug)!).filter(Boolean), nextCursor: rows.length > q.limit ? encodeCursor(page.at(-1)!) : null };
}, "producers");

export async function getApiProducer(slug: string): Promise<ApiProducer | null> {
  if (!isSlug(slug)) return null;
  const p = await getPublicProducer(slug);
  if (!p) return null;
  return { ...toApiProducerCard({ ...p, provinceId: p.province.id }), description: p.description, products: p.products.map(toApiCard) };
}

export function listApiProvinces() {
  return PROVINCES.map((p) => ({ id: p.id, name: p.name, slug: provinceSlug(p.name), kind: p.kind, region: p.region, formerNames: [...p.mergedFrom] }));
}

export function listApiGroups() {
  return OCOP_GROUPS.map((g) => ({ ...g }));
}
