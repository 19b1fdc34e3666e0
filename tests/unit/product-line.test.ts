import { describe, expect, it } from "vitest";
import { productLine, productLineText, sessionProvinces } from "@/lib/sessions/product-line";

describe("a session's products in one line", () => {
  it("names distinct products, leaves out variants of one already named, and counts the rest", () => {
    const names = ["Thanh long ruột đỏ Bình Thuận", "Thanh long ruột đỏ Bình Thuận – hộp quà", "Cà phê Buôn Ma Thuột", "Thanh long ruột đỏ Bình Thuận loại đặc biệt", "Mật ong bạc hà", "Nước mắm Phú Quốc"];
    expect(productLine(names, 3)).toEqual({ names: ["Thanh long ruột đỏ Bình Thuận", "Cà phê Buôn Ma Thuột", "Mật ong bạc hà"], more: 3 });
    expect(productLine(names, 10)).toEqual({ names: ["Thanh long ruột đỏ Bình Thuận", "Cà phê Buôn Ma Thuột", "Mật ong bạc hà", "Nước mắm Phú Quốc"], more: 2 });
  });

  it("names a family once even when a variant comes first, and says nothing more when all are named", () => {
    expect(productLine(["Hoa kiểng Sa Đéc – hộp quà", "Hoa kiểng Sa Đéc – combo gia đình", "Hoa kiểng Sa Đéc", "Trà"], 3)).toEqual({ names: ["Hoa kiểng Sa Đéc – hộp quà", "Trà"], more: 2 });
    expect(productLine(["Trà", "Cà phê"], 3)).toEqual({ names: ["Trà", "Cà phê"], more: 0 });
    expect(productLine([], 3)).toEqual({ names: [], more: 0 });
  });

  it("reads as one line, the count in the reader's words", () => {
    const more = (count: number) => `+${count} more`;
    expect(productLineText(["Trà", "Trà – hộp quà", "Cà phê", "Mật ong"], 2, more)).toBe("Trà · Cà phê +2 more");
    expect(productLineText(["Trà"], 2, more)).toBe("Trà");
  });

  it("names each province of a session once, in line-up order", () => {
    const producers = [{ province: "Đồng Tháp" }, { province: "Lâm Đồng" }, { province: "Đồng Tháp" }];
    expect(sessionProvinces({ producers })).toBe("Đồng Tháp, Lâm Đồng");
    expect(sessionProvinces({ producers: [] })).toBe("");
  });
});
