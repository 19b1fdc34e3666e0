import { describe, expect, it } from "vitest";
import { niceCeil, topWithOthers } from "@/components/charts/chart-data";

const others = (count: number) => ({ name: `${count} others`, tooltip: `${count} others` });

describe("topWithOthers", () => {
  it("keeps the largest rows by name and sums the rest into one bar", () => {
    const rows = [
      { name: "Cần Thơ", value: 5 },
      { name: "Hà Nội", value: 50 },
      { name: "Huế", value: 1 },
      { name: "Đà Nẵng", value: 20 },
    ];
    const out = topWithOthers(rows, 2, others, (r) => r.name);
    expect(out.map((d) => [d.name, d.value, d.others ?? false])).toEqual([
      ["Hà Nội", 50, false],
      ["Đà Nẵng", 20, false],
      ["2 others", 6, true],
    ]);
  });

  it("keeps the given order when every row fits (stars stay 3, 4, 5)", () => {
    const rows = [
      { name: "3 sao", value: 9 },
      { name: "4 sao", value: 30 },
      { name: "5 sao", value: 12 },
    ];
    expect(topWithOthers(rows, 10, others, (r) => `${r.name}!`).map((d) => d.tooltip)).toEqual(["3 sao!", "4 sao!", "5 sao!"]);
  });
});

describe("niceCeil", () => {
  it("rounds an axis top up to 1, 2, 2.5 or 5 × 10ⁿ with the headroom asked for", () => {
    expect(niceCeil(11_400_000_000, 1.3)).toBe(20_000_000_000);
    expect(niceCeil(7_000_000_000, 1.3)).toBe(10_000_000_000);
    expect(niceCeil(2_715_490_000)).toBe(5_000_000_000);
    expect(niceCeil(2_000_000_000)).toBe(2_000_000_000);
    expect(niceCeil(73_000_000, 1.3)).toBe(100_000_000);
    expect(niceCeil(0)).toBe(1);
  });
});
