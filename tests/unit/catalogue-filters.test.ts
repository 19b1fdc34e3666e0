import { describe, expect, it } from "vitest";
import { catalogueSearch, parseCatalogueFilters } from "@/lib/products/catalogue-filters";

describe("the catalogue's filters in the URL", () => {
  it("reads the filters, leaving out a value that is not one", () => {
    expect(parseCatalogueFilters({})).toEqual({ page: 1 });
    expect(parseCatalogueFilters({ province: " Bắc Giang ", group: "2", stars: "4", page: "3" })).toEqual({ province: "Bắc Giang", group: 2, minStars: 4, page: 3 });
    expect(parseCatalogueFilters({ province: "", group: "9", stars: "2", page: "abc" })).toEqual({ page: 1 });
    expect(parseCatalogueFilters({ group: "1.5", stars: "5", page: "0" })).toEqual({ minStars: 5, page: 1 });
    // A repeated parameter: the first.
    expect(parseCatalogueFilters({ group: ["3", "4"] })).toEqual({ group: 3, page: 1 });
    expect(parseCatalogueFilters({ province: "x".repeat(300) }).province).toHaveLength(100);
    // The order: one of the names, the default (stars) left out.
    expect(parseCatalogueFilters({ sort: "price-asc" }).sort).toBe("price-asc");
    expect(parseCatalogueFilters({ sort: "stars" }).sort).toBeUndefined();
    expect(parseCatalogueFilters({ sort: "name; DROP TABLE products" }).sort).toBeUndefined();
  });

  it("writes only the filters set, so the pager's links keep them", () => {
    expect(catalogueSearch({ page: 1 })).toBe("");
    expect(catalogueSearch({ province: "Đắk Lắk", minStars: 5, page: 2 })).toBe("?province=%C4%90%E1%BA%AFk+L%E1%BA%AFk&stars=5&page=2");
    expect(catalogueSearch({ sort: "new", page: 1 })).toBe("?sort=new");
    const all = { province: "Đắk Lắk", group: 4, minStars: 3, sort: "price-desc", page: 7 } as const;
    expect(parseCatalogueFilters(Object.fromEntries(new URLSearchParams(catalogueSearch(all))))).toEqual(all);
  });
});
