import { suggestProvinces } from "@/lib/provinces/suggest";
import { formerProvinceTarget } from "@/lib/provinces/former";
import { describe, expect, it } from "vitest";
import { PROVINCES } from "@/lib/provinces/data";
import { provinceAliasRows, provinceKey, resolveProvince } from "@/lib/provinces/resolve";

describe("the 34 provinces and the 63 former units", () => {
  it("has 34 current units: 6 centrally-run cities and 28 provinces", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.kind === "CITY")).toHaveLength(6);
  });

  it("knows exactly 63 former province-level units", () => {
    expect(provinceAliasRows().filter((a) => a.formerUnit)).toHaveLength(63);
  });

  it("resolves every former unit to a current one", () => {
    for (const p of PROVINCES) {
      for (const old of [p.name, ...p.mergedFrom]) expect(resolveProvince(old)?.province.name).toBe(p.name);
    }
  });
});

describe("resolveProvince", () => {
  it.each([
    ["Bắc Kạn", "Thái Nguyên"],
    ["Thừa Thiên Huế", "Huế"],
    ["Thừa Thiên - Huế", "Huế"],
    ["dak lak", "Đắk Lắk"],
    ["Dak Lak", "Đắk Lắk"],
    ["Ha Noi", "Hà Nội"],
    ["TP. Hồ Chí Minh", "Hồ Chí Minh"],
    ["TP.HCM", "Hồ Chí Minh"],
    ["Sài Gòn", "Hồ Chí Minh"],
    ["Thành phố Hồ Chí Minh", "Hồ Chí Minh"],
    ["Bà Rịa–Vũng Tàu", "Hồ Chí Minh"],
    ["Bà Rịa — Vũng Tàu", "Hồ Chí Minh"],
    ["ba ria-vung tau", "Hồ Chí Minh"],
    ["Tỉnh Bắc Giang", "Bắc Ninh"],
    ["tinh quang nam", "Đà Nẵng"],
    ["Hòa Bình", "Phú Thọ"],
    ["Hoà Bình", "Phú Thọ"],
  ])("%s → %s", (input, expected) => {
    expect(resolveProvince(input)?.province.name).toBe(expected);
  });

  it("says when the name is a unit that was merged", () => {
    expect(resolveProvince("Bắc Giang")).toMatchObject({ merged: true, matchedName: "Bắc Giang" });
    expect(resolveProvince("Bắc Ninh")).toMatchObject({ merged: false });
  });

  it("returns null for a name that is not a province", () => {
    expect(resolveProvince("Atlantis")).toBeNull();
    expect(resolveProvince("")).toBeNull();
  });

  it("ignores prefixes, dashes, case and diacritics in the key", () => {
    expect(provinceKey("Tỉnh Bà Rịa - Vũng Tàu")).toBe(provinceKey("ba ria vung tau"));
  });
});

describe("former provinces' pages", () => {
  it("send a former province's slug on to its new unit, and nothing else", () => {
    expect(formerProvinceTarget("binh-duong")).toBe("ho-chi-minh");
    expect(formerProvinceTarget("ha-giang")).toBe("tuyen-quang");
    expect(formerProvinceTarget("hai-duong")).toBe("hai-phong");
    // A current unit, even one that kept its name through a merger, is its own page.
    expect(formerProvinceTarget("ha-noi")).toBeNull();
    expect(formerProvinceTarget("tuyen-quang")).toBeNull();
    expect(formerProvinceTarget("atlantis")).toBeNull();
  });
});

describe("province suggestions for a name that is not found", () => {
  const names = ["Hà Nội", "Hà Giang", "Hải Dương", "Tuyên Quang", "Bắc Kạn", "Bình Dương", "Thái Nguyên"];
  it("offer the historical unit first, then the nearest names", () => {
    expect(suggestProvinces("Hà Tây", names, "vi")[0]).toEqual({ value: "Hà Nội", label: "Hà Nội (Hà Tây cũ, sáp nhập 2008)" });
    expect(suggestProvinces("ha tay", names, "en")[0]!.label).toBe("Hà Nội (formerly Hà Tây, merged in 2008)");
    expect(suggestProvinces("Tuyen Quan", names, "vi").map((s) => s.value)).toEqual(["Tuyên Quang"]);
    expect(suggestProvinces("Binh Duon", names, "vi").map((s) => s.value)[0]).toBe("Bình Dương");
    expect(suggestProvinces("Paris", names, "vi")).toEqual([]);
  });
});
