import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";

export type CohortStory = {
  name: string;
  slug: string;
  province: string;
  provinceSlug: string;
  joinedAt: string;
  firstSession: string | null;
  latestSession: string | null;
  sessions: number;
  /** GMV by month (Vietnam time), only when the producer agreed to publish it; null otherwise. */
  months: { month: string; gmvVnd: string }[] | null;
};

async function loadCohort(): Promise<CohortStory[]> {
  const rows = await db.$queryRaw<
    { name: string; slug: string; province: string; province_slug: string; joined_at: Date; first_session: Date | null; latest_session: Date | null; sessions: bigint; months: { month: string; gmv: string }[] | null }[]
  >`
    WITH members AS (
      SELECT m.producer_id, m.joined_at FROM cohort_memberships m JOIN producers p ON p.id = m.producer_id
      WHERE m.left_at IS NULL AND p.review_status = 'APPROVED'
    ), held AS (
      SELECT DISTINCT pr.producer_id, s.id, s.starts_at
      FROM live_sessions s JOIN session_products sp ON sp.session_id = s.id JOIN products pr ON pr.id = sp.product_id
      WHERE s.status = 'COMPLETED' AND pr.producer_id IN (SELECT producer_id FROM members)
    ), monthly AS (
      SELECT pr.producer_id, to_char(s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, sum(r.gmv_vnd) AS gmv
      FROM product_results r JOIN products pr ON pr.id = r.product_id JOIN live_sessions s ON s.id = r.session_id
      JOIN producers p ON p.id = pr.producer_id AND p.publish_growth
      WHERE s.status = 'COMPLETED' AND pr.producer_id IN (SELECT producer_id FROM members)
      GROUP BY 1, 2
    )
    SELECT p.name, p.slug, pv.name AS province, pv.slug AS province_slug, m.joined_at,
      (SELECT min(starts_at) FROM held h WHERE h.producer_id = p.id) AS first_session,
      (SELECT max(starts_at) FROM held h WHERE h.producer_id = p.id) AS latest_session,
      (SELECT count(*) FROM held h WHERE h.producer_id = p.id) AS sessions,
      CASE WHEN p.publish_growth THEN
        (SELECT json_agg(json_build_object('month', y.month, 'gmv', y.gmv::text) ORDER BY y.month) FROM monthly y WHERE y.producer_id = p.id)
      END AS months
    FROM members m JOIN producers p ON p.id = m.producer_id JOIN provinces pv ON pv.id = p.province_id
    ORDER BY m.joined_at, p.name`;
  return rows.map((r) => ({
    name: r.name,
    slug: r.slug,
    province: r.province,
    provinceSlug: r.province_slug,
    joinedAt: r.joined_at.toISOString(),
    firstSession: r.first_session?.toISOString() ?? null,
    latestSession: r.latest_session?.toISOString() ?? null,
    sessions: Number(r.sessions),
    months: r.months?.map((m) => ({ month: m.month, gmvVnd: m.gmv })) ?? null,
  }));
}

/** The "Hạt giống OCOP" cohort as the public sees it; revalidated when staff change it or results come in. */
export const listCohortStories = unstable_cache(loadCohort, ["cohort-stories"], {
  tags: [CacheTag.producers, CacheTag.results, CacheTag.sessions],
  revalidate: 300,
});
