import { foldVietnamese, slugify } from "@/lib/text";
import { PROVINCES, PROVINCE_SPELLINGS, type ProvinceFact } from "./data";

/**
 * The matching key of a province name: diacritics, case, the administrative prefix ("Tỉnh",
 * "Thành phố", "TP."), dashes and spaces do not count. "Bà Rịa–Vũng Tàu", "ba ria - vung tau"
 * and "Tỉnh Bà Rịa-Vũng Tàu" share one key.
 */
export function provinceKey(name: string): string {
  return foldVietnamese(name)
    .replace(/^(tinh|thanh pho)[\s.]+/, "")
    .replace(/^tp\b\.?\s*/, "")
    .replace(/\s+city$/, "")
    .replace(/[^a-z0-9]/g, "");
}

export function provinceSlug(name: string): string {
  return slugify(name);
}

export type ProvinceAliasRow = { name: string; key: string; formerUnit: boolean; provinceId: number };

/** Every name that resolves to a current unit, one row per distinct key. */
export function provinceAliasRows(): ProvinceAliasRow[] {
  const byName = new Map(PROVINCES.map((p) => [p.name, p]));
  const rows = new Map<string, ProvinceAliasRow>();
  const add = (name: string, province: ProvinceFact, formerUnit: boolean) => {
    const key = provinceKey(name);
    const existing = rows.get(key);
    if (existing && existing.provinceId !== province.id) {
      throw new Error(`Province name "${name}" is ambiguous: it matches "${existing.name}" too`);
    }
    if (!existing) rows.set(key, { name, key, formerUnit, provinceId: province.id });
  };
  for (const province of PROVINCES) {
    add(province.name, province, true);
    for (const old of province.mergedFrom) add(old, province, true);
  }
  for (const spelling of PROVINCE_SPELLINGS) {
    const province = byName.get(spelling.province);
    if (!province) throw new Error(`Unknown province in PROVINCE_SPELLINGS: ${spelling.province}`);
    add(spelling.name, province, false);
  }
  return [...rows.values()];
}

let aliasIndex: Map<string, ProvinceAliasRow> | undefined;

export type ResolvedProvince = {
  province: ProvinceFact;
  /** The name as matched, e.g. "Bắc Kạn" for input "bac kan". */
  matchedName: string;
  /** True when the input named a unit that has since been merged into another. */
  merged: boolean;
};

/** Resolves a current or former province name, in any common spelling, to its current unit. */
export function resolveProvince(input: string): ResolvedProvince | null {
  aliasIndex ??= new Map(provinceAliasRows().map((row) => [row.key, row]));
  const row = aliasIndex.get(provinceKey(input));
  if (!row) return null;
  const province = PROVINCES.find((p) => p.id === row.provinceId)!;
  return { province, matchedName: row.name, merged: provinceKey(row.name) !== provinceKey(province.name) && row.formerUnit };
}
