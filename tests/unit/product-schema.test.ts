import { describe, expect, it } from "vitest";
import { parseVnd } from "@/lib/money";
import { ProductInputSchema } from "@/lib/products/schema";

describe("parseVnd", () => {
  it.each([
    ["150.000", 150_000],
    ["150000", 150_000],
    ["150,000", 150_000],
    ["1.234.567 ₫", 1_234_567],
    ["1 234 567", 1_234_567],
    ["45000đ", 45_000],
  ])("%s → %d", (input, expected) => {
    expect(parseVnd(input)).toBe(expected);
  });

  it("refuses decimals, mixed separators and words", () => {
    for (const bad of ["150.5", "150,50", "1.234,567", "abc", "", "1.23.456"]) expect(parseVnd(bad)).toBeNull();
  });
});

const valid = {
  name: "Chè Tân Cương hộp 200 g",
  groupId: "2",
  description: "",
  price: "150.000",
  unit: "hộp 200 g",
  weightGrams: "200",
  shelfLifeDays: "",
  packagingNotes: "",
  stars: "4",
  decisionNumber: "1234/QĐ-UBND",
  issuingLevel: "PROVINCE",
  decisionDate: "2025-09-15",
};

describe("ProductInputSchema", () => {
  it("parses prices and computes the certificate's expiry", () => {
    expect(ProductInputSchema.parse(valid)).toMatchObject({ price: 150_000, groupId: 2, weightGrams: 200, shelfLifeDays: null, fragile: false, expiresOn: "2028-09-15" });
  });

  it("asks for packaging notes for fragile goods", () => {
    const result = ProductInputSchema.safeParse({ ...valid, fragile: "on" });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["packagingNotes", "packagingRequired"]]);
  });

  it("checks that the issuing level matches the stars and the date", () => {
    const level = (stars: string, issuingLevel: string, decisionDate = valid.decisionDate) =>
      ProductInputSchema.safeParse({ ...valid, stars, issuingLevel, decisionDate }).success;
    expect(level("5", "CENTRAL")).toBe(true);
    expect(level("5", "PROVINCE")).toBe(false);
    expect(level("3", "DISTRICT", "2024-05-01")).toBe(true);
    expect(level("3", "DISTRICT", "2025-08-01")).toBe(false);
    expect(level("4", "DISTRICT", "2024-05-01")).toBe(false);
  });

  it("refuses 2 stars, a future decision and an unreadable price", () => {
    const result = ProductInputSchema.safeParse({ ...valid, stars: "2", decisionDate: "2999-01-01", price: "150.5" });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      stars: "starsInvalid",
      decisionDate: "dateFuture",
      price: "priceInvalid",
    });
  });
});
