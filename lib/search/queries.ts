import "server-only";
import { db } from "@/lib/db/client";
import type { SessionStatus } from "@/lib/db/generated/enums";
import { PUBLIC_SESSION_STATUSES } from "@/lib/public/visibility";
import { provinceKey } from "@/lib/provinces/resolve";
import { likeWords } from "@/lib/text";

export type SearchResults = {
  query: string;
  /** formerName: the former province (merged on 1 July 2025) whose name matched, if that is how it was found. */
  provinces: { name: string; slug: string; formerName: string | null }[];
  products: { name: string; slug: string; producer: string; province: string; imageUrl: string | null }[];
  producers: { name: string; slug: string; province: string }[];
  /** product: a product of the line-up whose name matched, if one did. */
  sessions: { id: string; title: string; startsAt: string; endsAt: string; status: SessionStatus; host: string; product: string | null }[];
  /** True when no product or shop holds the words and some have a close name, which are those listed ("mat onh"), with the sessions that sell them. */
  close: boolean;
};

export const SEARCH_MIN_LENGTH = 2;
const LIMIT = 20;
/** Sessions further back than this are history, not something to find and watch. */
const WINDOW = "60 days";
/** How many of the products found may find sessions by their line-ups. */
const LINEUP_MATCHES = 50;

/** The statement's one row: each part as JSON (a session's start in PostgreSQL's text form). */
type Row = Omit<SearchResults, "query">;

/**
 * One search over products, producers, sessions and provinces, blind to diacritics and case.
 * Matching runs in PostgreSQL on the folded names it keeps (name_fold, title_fold: vn_fold of the
 * name, generated columns) through their trigram indexes: the query in a name, or each of its words
 * in the name or a name of its province; close words only when those find nothing (decision 0024).
 * Ranked: names that start with the query, then by word similarity, then by name. One statement,
 * one round trip: each part is a JSON array in the order it ranked.
 */
export async function search(raw: string): Promise<SearchResults> {
  const query = raw.trim().slice(0, 100);
  const q = likeWords(query);
  const empty: SearchResults = { query, provinces: [], products: [], producers: [], sessions: [], close: false };
  if (q.length < SEARCH_MIN_LENGTH) return empty;

  const key = provinceKey(query);
  const statuses = PUBLIC_SESSION_STATUSES;
  // "chè thái nguyên": a query of several words also finds what has each of them in its name or
  // in one of its province's names ("Chè Tân Cương" of a Thái Nguyên producer; "chè bắc kạn" too,
  // Bắc Kạn being part of Thái Nguyên now). One word: the name alone.
  const words = q.split(" ").filter((w) => w.length >= 2);
  const eachWord = words.length > 1 ? words.map((w) => `%${w}%`) : [];
  // The longest word is the one the trigram index narrows best: names holding it are read, then
  // checked for the others.
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
  const [row] = await db.$queryRaw<Row[]>`
    WITH
      -- The province the whole query names, by any of its names ("bắc kạn", "sài gòn"), if any.
      named_province AS (SELECT province_id FROM province_aliases WHERE key = ${key}),
      -- Several words: the names of provinces that hold one of them (a few of the 67), with which a
      -- product's or a shop's name may hold the rest. When the whole query names a province, only
      -- that one ("bình dương": not a "Dương" shop of Ninh Bình).
      alias_hits AS MATERIALIZED (
        SELECT province_id, name_fold FROM province_aliases
        WHERE cardinality(${eachWord}::text[]) > 1 AND name_fold LIKE ANY (${eachWord}::text[])
          AND (province_id IN (SELECT province_id FROM named_province) OR NOT EXISTS (SELECT FROM named_province))),
      -- A province by any of its names (current, former, other spellings); a former name that
      -- matched is shown beside the province it is now part of.
      found_provinces AS (
        SELECT name, slug, "formerName" FROM (
          SELECT DISTINCT ON (p.id) p.name, p.slug, CASE WHEN a.former_unit AND a.name <> p.name THEN a.name END AS "formerName"
          FROM province_aliases a JOIN provinces p ON p.id = a.province_id
          WHERE a.key = ${key} OR a.name_fold LIKE '%' || ${q} || '%'
          ORDER BY p.id, a.name = p.name DESC, a.former_unit DESC, a.name) matched
        ORDER BY name LIMIT 5),
      -- Public products that match: by the whole query in the name (contains), a close word, or each
      -- word in the name or a name of the province. Read once, for the products and for the sessions.
      -- Each way of matching is its own branch, so that each is answered from the trigram index
      -- (one OR over them all made PostgreSQL read every product: 170 ms at 20,000 products).
      word_products AS MATERIALIZED (
        SELECT id FROM products WHERE review_status = 'APPROVED' AND name_fold LIKE '%' || ${q} || '%'
        UNION
        SELECT id FROM products
        WHERE review_status = 'APPROVED' AND cardinality(${eachWord}::text[]) > 1 AND name_fold LIKE '%' || ${longest} || '%' AND name_fold LIKE ALL (${eachWord}::text[])
        UNION
        SELECT p.id FROM alias_hits a JOIN producers pr ON pr.province_id = a.province_id JOIN products p ON p.producer_id = pr.id
        WHERE p.review_status = 'APPROVED' AND p.name_fold || ' ' || a.name_fold LIKE ALL (${eachWord}::text[])),
      -- Close words ("mat onh" for "mật ong") only when the words themselves found nothing: comparing
      -- every name's words with the query is the costliest match (100 ms at 20,000 products).
      product_candidates AS (
        SELECT id FROM word_products
        UNION ALL
        SELECT id FROM products WHERE ${q} <% name_fold AND NOT EXISTS (SELECT FROM word_products)),
      matched_products AS MATERIALIZED (
        SELECT p.id, p.name, p.slug, p.name_fold, pr.name AS producer, pr.province_id,
               p.name_fold LIKE '%' || ${q} || '%' AS contains
        FROM products p
        JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
        WHERE p.review_status = 'APPROVED' AND p.id IN (SELECT id FROM product_candidates)),
      ranked_products AS MATERIALIZED (
        SELECT m.*, row_number() OVER (ORDER BY m.name_fold LIKE ${q} || '%' DESC, word_similarity(${q}, m.name_fold) DESC, m.name) AS rank
        FROM matched_products m),
      found_products AS (
        SELECT r.name, r.slug, r.producer, pv.name AS province, r.rank,
               (SELECT url FROM product_images i WHERE i.product_id = r.id ORDER BY position LIMIT 1) AS "imageUrl"
        FROM ranked_products r JOIN provinces pv ON pv.id = r.province_id
        WHERE r.rank <= ${LIMIT}),
      word_producers AS MATERIALIZED (
        SELECT id FROM producers WHERE review_status = 'APPROVED' AND name_fold LIKE '%' || ${q} || '%'
        UNION
        SELECT id FROM producers WHERE review_status = 'APPROVED' AND province_id IN (SELECT province_id FROM named_province)
        UNION
        SELECT id FROM producers
        WHERE review_status = 'APPROVED' AND cardinality(${eachWord}::text[]) > 1 AND name_fold LIKE '%' || ${longest} || '%' AND name_fold LIKE ALL (${eachWord}::text[])
        UNION
        SELECT pr.id FROM alias_hits a JOIN producers pr ON pr.province_id = a.province_id
        WHERE pr.review_status = 'APPROVED' AND pr.name_fold || ' ' || a.name_fold LIKE ALL (${eachWord}::text[])),
      producer_candidates AS (
        SELECT id FROM word_producers
        UNION ALL
        SELECT id FROM producers WHERE ${q} <% name_fold AND NOT EXISTS (SELECT FROM word_producers)),
      found_producers AS (
        SELECT pr.name, pr.slug, pv.name AS province,
               -- The name, then the province the query names ("bình dương": Hồ Chí Minh's shops), then close words.
               row_number() OVER (ORDER BY pr.name_fold LIKE '%' || ${q} || '%' DESC, pv.id = named.province_id DESC NULLS LAST,
                                           word_similarity(${q}, pr.name_fold) DESC, pr.name) AS rank
        FROM producers pr JOIN provinces pv ON pv.id = pr.province_id
        LEFT JOIN named_province named ON named.province_id = pr.province_id
        WHERE pr.review_status = 'APPROVED' AND pr.id IN (SELECT id FROM producer_candidates)
        ORDER BY rank LIMIT ${LIMIT}),
      -- A session by its title, its host, a product of its line-up (named in the result: why it was
      -- found), or the province the query names (its theme, or a line-up producer's). Those still to
      -- come or live first, soonest first; then those streamed, latest first.
      -- (The best-ranked 50 products that hold the query: a query that names thousands is too
      -- broad for the sessions to be found by every one of them.)
      line_matches AS MATERIALIZED (
        SELECT DISTINCT ON (sp.session_id) sp.session_id, r.name
        -- (Or, when only close names were found — "banh trag" — those.)
        FROM (SELECT id, name FROM ranked_products WHERE (contains OR NOT EXISTS (SELECT FROM word_products)) AND rank <= ${LINEUP_MATCHES}) r
        -- Each product's own line-up rows (its index), not every line-up of the period (OFFSET 0
        -- keeps PostgreSQL from making this one join, which it answered by reading them all).
        CROSS JOIN LATERAL (
          SELECT sp.session_id, sp.position FROM session_products sp
          JOIN live_sessions s ON s.id = sp.session_id AND s.starts_at > now() - ${WINDOW}::interval
          WHERE sp.product_id = r.id OFFSET 0) sp
        ORDER BY sp.session_id, sp.position, r.name),
      province_sessions AS (
        SELECT sp.session_id FROM session_products sp
        JOIN products p ON p.id = sp.product_id AND p.review_status = 'APPROVED'
        JOIN producers pr ON pr.id = p.producer_id AND pr.review_status = 'APPROVED'
        JOIN live_sessions s ON s.id = sp.session_id AND s.starts_at > now() - ${WINDOW}::interval
        WHERE pr.province_id IN (SELECT province_id FROM named_province)),
      found_sessions AS (
        SELECT s.id, s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status, h.name AS host, lm.name AS product,
               row_number() OVER (ORDER BY s.ends_at < now(), CASE WHEN s.ends_at >= now() THEN s.starts_at END, s.starts_at DESC, s.id) AS rank
        FROM live_sessions s JOIN hosts h ON h.id = s.host_id
        LEFT JOIN line_matches lm ON lm.session_id = s.id
        WHERE s.status::text = ANY(${statuses})
          AND s.starts_at > now() - ${WINDOW}::interval
          AND (s.title_fold LIKE '%' || ${q} || '%' OR h.name_fold LIKE '%' || ${q} || '%' OR lm.name IS NOT NULL
               OR s.theme_province_id IN (SELECT province_id FROM named_province)
               OR s.id IN (SELECT session_id FROM province_sessions))
        ORDER BY rank LIMIT ${LIMIT})
    SELECT
      (SELECT coalesce(json_agg(json_build_object('name', name, 'slug', slug, 'formerName', "formerName") ORDER BY name), '[]') FROM found_provinces) AS provinces,
      (SELECT coalesce(json_agg(json_build_object('name', name, 'slug', slug, 'producer', producer, 'province', province, 'imageUrl', "imageUrl") ORDER BY rank), '[]') FROM found_products) AS products,
      (SELECT coalesce(json_agg(json_build_object('name', name, 'slug', slug, 'province', province) ORDER BY rank), '[]') FROM found_producers) AS producers,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'title', title, 'startsAt', "startsAt", 'endsAt', "endsAt", 'status', status, 'host', host, 'product', product) ORDER BY rank), '[]') FROM found_sessions) AS sessions,
      NOT EXISTS (SELECT FROM word_products) AND NOT EXISTS (SELECT FROM word_producers)
        AND (EXISTS (SELECT FROM matched_products) OR EXISTS (SELECT FROM found_producers)) AS close`;
  const iso = (at: string) => new Date(at).toISOString();
  return { query, ...row!, sessions: row!.sessions.map((s) => ({ ...s, startsAt: iso(s.startsAt), endsAt: iso(s.endsAt) })) };
}
