import { PROVINCES } from "./data";
import { provinceSlug } from "./resolve";

/**
 * The pages of the 63 former provinces (2025's merger): /provinces/binh-duong is now Hồ Chí Minh
 * City's page. Old links, bookmarks and calendar subscriptions are sent on (308) instead of a 404.
 */
const CURRENT = new Set(PROVINCES.map((p) => provinceSlug(p.name)));
const FORMER = new Map(PROVINCES.flatMap((p) => p.mergedFrom.map((old) => [provinceSlug(old), provinceSlug(p.name)] as const)).filter(([old]) => !CURRENT.has(old)));

/** The current unit's slug for a former province's slug; null for a current or unknown one. */
export function formerProvinceTarget(slug: string): string | null {
  return FORMER.get(slug) ?? null;
}
