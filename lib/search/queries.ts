import "server-only";
import { db } from "@/lib/db/client";
import { PUBLIC_SESSION_STATUSES } from "@/lib/public/visibility";
import { provinceKey } from "@/lib/provinces/resolve";
import { likeWords } from "@/lib/text";

export type SearchResults = {
  query: string;
  /** formerName: the former province (merged on 1 July 2025) whose name matched, if that is how it was found. */
  provinces: { name: string; slug: string; formerName: string | null }[];
  products: { name: string; slug: string; producer: string; province: string; imageUrl: string | null }[];
  producers: { name: string; slug: string; province: string }[];
  sessions: { id: string; title: string; startsAt: string; status: string; host: string }[];
};

export const SEARCH_MIN_LENGTH = 2;
const LIMIT = 20;

/** The statement's one row: each part as JSON (a session's start in PostgreSQL's text form). */
type Row = Omit<SearchResults, "query">;

/**
 * One search over products, producers, sessions and provinces, blind to diacritics and case.
 * Matching runs in PostgreSQL on the folded names it keeps (name_fold, title_fold: vn_fold of the
 * name, generated columns) with trigram indexes (substring or close word), ranked: names that start
 * with the query, then by word similarity, then by name. One statement, one round trip: each part
 * is a JSON array in the order it ranked.
 */
export async function search(raw: string): Promise<SearchResults> {
  const query = raw.trim().slice(0, 100);
  const q = likeWords(query);
  const empty: SearchResults = { query, provinces: [], products: [], producers: [], sessions: [] };
  if (q.length < SEARCH_MIN_LENGTH) return empty;

  const key = provinceKey(query);
  const statuses = PUBLIC_SESSION_STATUSES;
  // "chè thái nguyên": a query of several words also finds what has each of them in its name or
  // in one of its province's names ("Chè Tân Cương" of a Thái Nguyên producer; "chè bắc kạn" too,
  // Bắc Kạn being part of Thái Nguyên now). One word: the name alone.
  const words = q.split(" ").filter((w) => w.length >= 2);
  const eachWord = words.length > 1 ? words.map((w) => `%${w}%`) : [];
  const [row] = await db.$queryRaw<Row[]>`
    WITH
      -- A province by any of its names (current, former, other spellings); a former name that
      -- matched is shown beside the province it is now part of.
      found_provinces AS (
        SELECT name, slug, "formerName" FROM (
          SELECT DISTINCT ON (p.id) p.name, p.slug, CASE WHEN a.former_unit AND a.name <> p.name THEN a.name END AS "formerName"
          FROM province_aliases a JOIN provinces p ON p.id = a.province_id
          WHERE a.key = ${key} OR a.name_fold LIKE '%' || ${q} || '%'
          ORDER BY p.id, a.name = p.name DESC, a.former_unit DESC, a.name) matched
        ORDER BY name LIMIT 5),
      found_products AS (
        SELECT p.name, p.slug, pr.name AS producer, pv.name AS province,
               (SELECT url FROM product_images i WHERE i.product_id = p.id ORDER BY position LIMIT 1) AS "imageUrl",
               row_number() OVER (ORDER BY p.name_fold LIKE ${q} || '%' DESC, word_similarity(${q}, p.name_fold) DESC, p.name) AS rank
        FROM products p
        JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
        JOIN provinces pv ON pv.id = pr.province_id
        WHERE p.review_status = 'APPROVED'
          AND (p.name_fold LIKE '%' || ${q} || '%' OR ${q} <% p.name_fold
               OR (cardinality(${eachWord}::text[]) > 1 AND EXISTS (
                 SELECT 1 FROM province_aliases a WHERE a.province_id = pr.province_id AND p.name_fold || ' ' || a.name_fold LIKE ALL (${eachWord}::text[]))))
        ORDER BY rank LIMIT ${LIMIT}),
      found_producers AS (
        SELECT pr.name, pr.slug, pv.name AS province,
               -- The name, then the province the query names ("bình dương": Hồ Chí Minh's shops), then close words.
               row_number() OVER (ORDER BY pr.name_fold LIKE '%' || ${q} || '%' DESC, pv.id = named.province_id DESC NULLS LAST,
                                           word_similarity(${q}, pr.name_fold) DESC, pr.name) AS rank
        FROM producers pr JOIN provinces pv ON pv.id = pr.province_id
        LEFT JOIN (SELECT province_id FROM province_aliases WHERE key = ${key}) named ON named.province_id = pr.province_id
        WHERE pr.review_status = 'APPROVED'
          AND (pr.name_fold LIKE '%' || ${q} || '%' OR ${q} <% pr.name_fold
               OR named.province_id IS NOT NULL
               OR (cardinality(${eachWord}::text[]) > 1 AND EXISTS (
                 SELECT 1 FROM province_aliases a WHERE a.province_id = pr.province_id AND pr.name_fold || ' ' || a.name_fold LIKE ALL (${eachWord}::text[]))))
        ORDER BY rank LIMIT ${LIMIT}),
      found_sessions AS (
        SELECT s.id, s.title, s.starts_at AS "startsAt", s.status, h.name AS host
        FROM live_sessions s JOIN hosts h ON h.id = s.host_id
        WHERE s.status::text = ANY(${statuses})
          AND s.starts_at > now() - interval '60 days'
          AND (s.title_fold LIKE '%' || ${q} || '%' OR h.name_fold LIKE '%' || ${q} || '%')
        ORDER BY s.starts_at DESC, s.id LIMIT ${LIMIT})
    SELECT
      (SELECT coalesce(json_agg(json_build_object('name', name, 'slug', slug, 'formerName', "formerName") ORDER BY name), '[]') FROM found_provinces) AS provinces,
      (SELECT coalesce(json_agg(json_build_object('name', name, 'slug', slug, 'producer', producer, 'province', province, 'imageUrl', "imageUrl") ORDER BY rank), '[]') FROM found_products) AS products,
      (SELECT coalesce(json_agg(json_build_object('name', name, 'slug', slug, 'province', province) ORDER BY rank), '[]') FROM found_producers) AS producers,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'title', title, 'startsAt', "startsAt", 'status', status, 'host', host) ORDER BY "startsAt" DESC, id), '[]') FROM found_sessions) AS sessions`;
  return { query, ...row!, sessions: row!.sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt).toISOString() })) };
}
