import { Prisma } from "@/lib/db/generated/client";
import type { SessionStatus } from "@/lib/db/generated/enums";
import { isCertificateExpired } from "@/lib/ocop";
import type { LocalDate } from "@/lib/time";

/**
 * What may ever be public: sessions that are scheduled, live, completed or cancelled (never
 * drafts), and only approved producers and products. Every public query builds on these.
 */
export const PUBLIC_SESSION_STATUSES: SessionStatus[] = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"];

/** The stars a product may show today: none when its latest certificate has expired. */
export function currentStars(certificate: { stars: number; expiresOn: Date } | undefined, today: LocalDate): number | null {
  if (!certificate) return null;
  return isCertificateExpired(certificate.expiresOn.toISOString().slice(0, 10), today) ? null : certificate.stars;
}

/**
 * `currentStars` in SQL: a join giving, as `<alias>.stars`, the stars of the latest certificate of
 * the product whose id is `productId` — NULL when it has none or it has expired.
 */
export function currentStarsJoin(productId: Prisma.Sql, alias: string, today: LocalDate): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT CASE WHEN latest.expires_on >= ${today}::date THEN latest.stars END AS stars
    FROM certificates latest WHERE latest.product_id = ${productId} ORDER BY latest.decision_date DESC LIMIT 1) ${Prisma.raw(alias)} ON true`;
}
