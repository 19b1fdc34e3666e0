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
