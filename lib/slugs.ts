import { slugify } from "@/lib/text";

/**
 * What slugify makes: lower-case letters, digits and single hyphens. An address whose slug is
 * anything else (a NUL byte, a quote, 10,000 characters) names nothing, and is answered as not
 * found without a query (PostgreSQL refuses a NUL byte in text with an error).
 */
export function isSlug(value: string): boolean {
  return value.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** A UUID as the database makes them: anything else names no row, and is refused without a query. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * A slug for `name` that is not taken yet: "htx-che-tan-cuong", then "-2", "-3"… `taken` lists
 * the existing slugs that start with the base (one query, whatever the count).
 */
export async function freeSlug(name: string, fallback: string, taken: (base: string) => Promise<string[]>): Promise<string> {
  const base = slugify(name).slice(0, 70) || fallback;
  const existing = new Set(await taken(base));
  if (!existing.has(base)) return base;
  for (let n = 2; ; n++) if (!existing.has(`${base}-${n}`)) return `${base}-${n}`;
}
