import { foldVietnamese } from "@/lib/text";

/**
 * Older names than the 63 provinces of 2008–2025, still written on labels and in people's
 * addresses, with the unit they belong to now and why. (The 63 are resolved by lib/provinces.)
 */
export const HISTORICAL_NAMES: Record<string, { name: string; note: { vi: string; en: string } }> = {
  "ha tay": { name: "Hà Nội", note: { vi: "Hà Tây cũ, sáp nhập 2008", en: "formerly Hà Tây, merged in 2008" } },
};

const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9 ]/g, "").replace(/\s+/g, " ").trim();

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The names nearest to what someone typed (accents, case and spacing aside), for "did you mean":
 * a historical name first, then up to `limit` of `names` within a few typing mistakes.
 */
export function suggestProvinces(input: string, names: readonly string[], locale: "vi" | "en", limit = 3): { value: string; label: string }[] {
  const typed = key(input);
  if (!typed) return [];
  const historical = HISTORICAL_NAMES[typed];
  const out = historical ? [{ value: historical.name, label: `${historical.name} (${historical.note[locale]})` }] : [];
  const ranked = names
    .map((name) => ({ name, d: distance(typed, key(name)) }))
    .filter(({ d, name }) => d <= Math.max(2, Math.floor(key(name).length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, "vi"));
  for (const { name } of ranked) if (out.length < limit && !out.some((o) => o.value === name)) out.push({ value: name, label: name });
  return out;
}
