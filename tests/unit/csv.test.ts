import { describe, expect, it } from "vitest";
import { csvCell, mapHeaders, parseCsv, parseFigure, toCsv } from "@/lib/results/csv";

async function rows(text: string, chunkSize = 3) {
  const chunks = async function* () {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  };
  const out: { line: number; cells: string[] }[] = [];
  for await (const row of parseCsv(chunks())) out.push(row);
  return out;
}

describe("CSV reading", () => {
  it("reads ',' and ';' files, with a BOM, CRLF, quotes, escaped quotes and line breaks in quotes, whatever the chunking", async () => {
    const text = '\uFEFFMã phiên;Sản phẩm;Số đơn\r\nabc;"Mật ong ""Bạc Hà""; 500g";1.234\r\n\r\nxyz;"dòng một\ndòng hai";7\r\n';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await rows(text, size)).toEqual([
        { line: 1, cells: ["Mã phiên", "Sản phẩm", "Số đơn"] },
        { line: 2, cells: ["abc", 'Mật ong "Bạc Hà"; 500g', "1.234"] },
        { line: 4, cells: ["xyz", "dòng một\ndòng hai", "7"] },
      ]);
    }
    expect(await rows("session_id,sku,orders\n1,a,2")).toEqual([
      { line: 1, cells: ["session_id", "sku", "orders"] },
      { line: 2, cells: ["1", "a", "2"] },
    ]);
  });

  it("maps Vietnamese or English headers, and names what is missing", () => {
    expect(mapHeaders(["Ngày", "Kênh", "Giờ bắt đầu", "Mã SKU", "Số đơn", "Số lượng bán", "Doanh số", "Lượt xem"])).toEqual({
      index: { date: 0, channel: 1, startTime: 2, product: 3, orders: 4, units: 5, gmv: 6, viewers: 7 },
      missing: [],
    });
    expect(mapHeaders(["session_id", "product", "orders", "units", "GMV"]).missing).toEqual([]);
    expect(mapHeaders(["date", "product", "orders"]).missing).toEqual(["sessionId", "units", "gmv"]);
  });

  it("reads Vietnamese number formats and refuses negatives and text", () => {
    expect(parseFigure("1.234.567")).toBe(1_234_567);
    expect(parseFigure("1234567")).toBe(1_234_567);
    expect(parseFigure(" 0 ")).toBe(0);
    expect(parseFigure("-5")).toBeNull();
    expect(parseFigure("abc")).toBeNull();
    expect(parseFigure("1,5")).toBeNull();
    expect(parseFigure("")).toBeNull();
  });
});

describe("CSV writing", () => {
  it("neutralises formulas, quotes separators, and starts with a BOM", () => {
    for (const evil of ["=1+1", "+84912", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(evil).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("Hà Nội, Việt Nam")).toBe('"Hà Nội, Việt Nam"');
    expect(csvCell(12_345_678_901n)).toBe("12345678901");
    expect(csvCell(-5)).toBe("-5");
    expect(toCsv(["a", "b"], [["x", 1]])).toBe("\uFEFFa,b\r\nx,1\r\n");
  });
});

describe("the template offered on the import page", () => {
  it("has every column the import needs, under the headers it reads", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../../public/templates/ket-qua-phien.csv", import.meta.url), "utf8");
    const [first] = await rows(text);
    expect(mapHeaders(first!.cells)).toEqual({ index: { sessionId: 0, product: 1, orders: 2, units: 3, gmv: 4, viewers: 5 }, missing: [] });
  });
});
