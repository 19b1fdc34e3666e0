/** How the catalogue is ordered: stars first (the default), cheapest or dearest first, newest first. */
export const CATALOGUE_SORTS = ["stars", "price-asc", "price-desc", "new"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

/** The catalogue's filters as the URL carries them (`/products?province=…&group=…&stars=…&sort=…&page=…`). */
export type CatalogueFilters = {
  /** As typed: a current or former province name, in any common spelling (resolved by the page). */
  province?: string;
  group?: number;
  minStars?: number;
  /** Unset: by stars. */
  sort?: Exclude<CatalogueSort, "stars">;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

/** Reads the filters; a value that is not one (a group 9, a page "abc") is left out, as if unset. */
export function parseCatalogueFilters(params: Params): CatalogueFilters {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const int = (name: string, min: number, max: number) => {
    const n = Number(one(name));
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  return {
    province: one("province")?.slice(0, 100),
    group: int("group", 1, 6),
    minStars: int("stars", 3, 5),
    sort: CATALOGUE_SORTS.find((sort): sort is Exclude<CatalogueSort, "stars"> => sort !== "stars" && sort === one("sort")),
    page: int("page", 1, 10_000) ?? 1,
  };
}

/** The URL of a page of the catalogue with these filters (only those set), for links and the pager. */
export function catalogueSearch(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  if (filters.province) params.set("province", filters.province);
  if (filters.group) params.set("group", String(filters.group));
  if (filters.minStars) params.set("stars", String(filters.minStars));
  if (filters.sort) params.set("sort", filters.sort);
  if (filters.page > 1) params.set("page", String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
