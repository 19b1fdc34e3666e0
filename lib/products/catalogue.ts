import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CatalogueSort } from "@/lib/products/catalogue-filters";
import type { PublicProductCard } from "@/lib/products/queries";
import { currentStarsJoin } from "@/lib/public/visibility";
import { vnDateOf } from "@/lib/time";

/** Products a page of the catalogue shows: six rows of four on a wide screen, twelve of two on a phone. */
export const CATALOGUE_PAGE_SIZE = 24;

/** What the catalogue is filtered by, as read from the URL (`province` resolved to its id by the page). */
export type CatalogueQuery = { provinceId?: number; group?: number; minStars?: number; sort?: CatalogueSort; page: number };

/** Each order as SQL over a table alias's columns (fixed text: the sort is one of these names, never the request's). */
const ORDER: Record<CatalogueSort, (t: string) => string> = {
  stars: (t) => `${t}.stars DESC NULLS LAST, ${t}.name_fold, ${t}.id`,
  "price-asc": (t) => `${t}.price_vnd, ${t}.name_fold, ${t}.id`,
  "price-desc": (t) => `${t}.price_vnd DESC, ${t}.name_fold, ${t}.id`,
  new: (t) => `${t}.created_at DESC, ${t}.id`,
};

export type CataloguePage = {
  products: PublicProductCard[];
  /** Products matching the filters, on every page. */
  total: number;
  /** The page shown: the one asked for, or the last when it asked for one past the end. */
  page: number;
  pages: number;
};

/** A card's fields, the shop's flat, and the total over every page. */
type Row = Omit<PublicProductCard, "producer"> & { producerName: string; producerSlug: string; province: string; total: bigint };

/**
 * One page of the public products (approved, of an approved shop): by default a current
 * certificate's stars first (5★, then 4★, 3★, then those whose certificate has lapsed), then by
 * name; or by price, or newest first (`sort`). One statement: the filters and the latest
 * certificate's stars (while it is valid) over every matching product, sorted to the page; then
 * only the page's 24 get their card (first photo, shop, province), and the total is counted over
 * the same rows. (With the card's fields and a window count computed for all 20,400 products of
 * the national-scale data, the first page took 118 ms; README "The product catalogue at national
 * scale".)
 */
async function loadCataloguePage(query: CatalogueQuery, offset: number): Promise<Row[]> {
  const today = vnDateOf(new Date());
  const order = ORDER[query.sort ?? "stars"];
  return db.$queryRaw<Row[]>`
    WITH matched AS MATERIALIZED (
      SELECT p.id, p.name_fold, p.price_vnd, p.created_at, c.stars
      FROM products p
      JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
      ${currentStarsJoin(Prisma.sql`p.id`, "c", today)}
      WHERE p.review_status = 'APPROVED'
        ${query.provinceId ? Prisma.sql`AND pr.province_id = ${query.provinceId}` : Prisma.empty}
        ${query.group ? Prisma.sql`AND p.group_id = ${query.group}` : Prisma.empty}
        ${query.minStars ? Prisma.sql`AND c.stars >= ${query.minStars}` : Prisma.empty}),
    page AS (
      SELECT m.* FROM matched m ORDER BY ${Prisma.raw(order("m"))}
      LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${offset})
    SELECT p.name, p.slug, p.price_vnd AS "priceVnd", p.unit, p.group_id AS "groupId", page.stars,
           (SELECT url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS "imageUrl",
           pr.name AS "producerName", pr.slug AS "producerSlug", pv.name AS province,
           (SELECT count(*) FROM matched) AS total
    FROM page
    JOIN products p ON p.id = page.id
    JOIN producers pr ON pr.id = p.producer_id
    JOIN provinces pv ON pv.id = pr.province_id
    ORDER BY ${Prisma.raw(order("page"))}`;
}

/** One page, uncached (what `listCatalogue` caches; `npm run bench:reports -- --only catalogue` times it). */
export async function loadCatalogue(query: CatalogueQuery): Promise<CataloguePage> {
  let page = query.page;
  let rows = await loadCataloguePage(query, (page - 1) * CATALOGUE_PAGE_SIZE);
  if (rows.length === 0 && page > 1) {
    // Past the end (a link kept from when there were more): the last page.
    const firstPage = await loadCataloguePage(query, 0);
    page = Math.max(1, Math.ceil(Number(firstPage[0]?.total ?? 0) / CATALOGUE_PAGE_SIZE));
    rows = page === 1 ? firstPage : await loadCataloguePage(query, (page - 1) * CATALOGUE_PAGE_SIZE);
  }
  const total = rows[0] ? Number(rows[0].total) : 0;
  return {
    products: rows.map(({ producerName, producerSlug, province, total: _, ...card }) => ({ ...card, producer: { name: producerName, slug: producerSlug, province } })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
  };
}

/** Cached per filter and page; staff's changes to products or shops revalidate it (their tags). */
export const listCatalogue = unstable_cache(loadCatalogue, ["public-catalogue"], {
  tags: [CacheTag.products, CacheTag.producers],
  revalidate: 300,
});
