import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_SESSION_STATUSES } from "@/lib/public/visibility";
import { provinceKey } from "@/lib/provinces/resolve";
import { likeWords } from "@/lib/text";

export type SearchResults = {
  query: string;
  provinces: { name: string; slug: string }[];
  products: { name: string; slug: string; producer: string; province: string; imageUrl: string | null }[];
  producers: { name: string; slug: string; province: string }[];
  sessions: { id: string; title: string; startsAt: string; status: string; host: string }[];
};

export const SEARCH_MIN_LENGTH = 2;
const LIMIT = 20;

/**
 * One search over products, producers, sessions and provinces, blind to diacritics and case.
 * Matching runs in PostgreSQL on vn_fold(name) with trigram indexes (substring or close word),
 * ranked: names that start with the query, then by word similarity, then by name.
 */
export async function search(raw: string): Promise<SearchResults> {
  const query = raw.trim().slice(0, 100);
  const q = likeWords(query);
  const empty: SearchResults = { query, provinces: [], products: [], producers: [], sessions: [] };
  if (q.length < SEARCH_MIN_LENGTH) return empty;

  const key = provinceKey(query);
  const statuses = PUBLIC_SESSION_STATUSES;
  const [provinces, products, producers, sessions] = await Promise.all([
    db.$queryRaw<{ name: string; slug: string }[]>`
      SELECT DISTINCT p.name, p.slug
      FROM province_aliases a JOIN provinces p ON p.id = a.province_id
      WHERE a.key = ${key} OR vn_fold(p.name) LIKE '%' || ${q} || '%'
      ORDER BY p.name LIMIT 5`,
    db.$queryRaw<{ name: string; slug: string; producer: string; province: string; image_url: string | null }[]>`
      SELECT p.name, p.slug, pr.name AS producer, pv.name AS province,
             (SELECT url FROM product_images i WHERE i.product_id = p.id ORDER BY position LIMIT 1) AS image_url
      FROM products p
      JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
      JOIN provinces pv ON pv.id = pr.province_id
      WHERE p.review_status = 'APPROVED'
        AND (vn_fold(p.name) LIKE '%' || ${q} || '%' OR ${q} <% vn_fold(p.name))
      ORDER BY vn_fold(p.name) LIKE ${q} || '%' DESC, word_similarity(${q}, vn_fold(p.name)) DESC, p.name
      LIMIT ${LIMIT}`,
    db.$queryRaw<{ name: string; slug: string; province: string }[]>`
      SELECT pr.name, pr.slug, pv.name AS province
      FROM producers pr JOIN provinces pv ON pv.id = pr.province_id
      WHERE pr.review_status = 'APPROVED'
        AND (vn_fold(pr.name) LIKE '%' || ${q} || '%' OR ${q} <% vn_fold(pr.name)
             OR pr.province_id IN (SELECT province_id FROM province_aliases WHERE key = ${key}))
      ORDER BY vn_fold(pr.name) LIKE '%' || ${q} || '%' DESC, word_similarity(${q}, vn_fold(pr.name)) DESC, pr.name
      LIMIT ${LIMIT}`,
    db.$queryRaw<{ id: string; title: string; starts_at: Date; status: string; host: string }[]>`
      SELECT s.id, s.title, s.starts_at, s.status, h.name AS host
      FROM live_sessions s JOIN hosts h ON h.id = s.host_id
      WHERE s.status::text = ANY(${statuses})
        AND s.starts_at > now() - interval '60 days'
        AND (vn_fold(s.title) LIKE '%' || ${q} || '%' OR vn_fold(h.name) LIKE '%' || ${q} || '%')
      ORDER BY s.starts_at DESC
      LIMIT ${LIMIT}`,
  ]);
  return {
    query,
    provinces,
    products: products.map((p) => ({ name: p.name, slug: p.slug, producer: p.producer, province: p.province, imageUrl: p.image_url })),
    producers,
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, startsAt: s.starts_at.toISOString(), status: s.status, host: s.host })),
  };
}
