import { describe, expect, it } from "vitest";
import { productLine } from "@/lib/sessions/product-line";

describe("a session's products in one line", () => {
  it("names distinct products, leaves out variants of one already named, and counts the rest", () => {
    const names = ["Thanh long ruột đỏ Bình Thuận", "Thanh long ruột đỏ Bình Thuận – hộp quà", "Cà phê Buôn Ma Thuột", "Thanh long ruột đỏ Bình Thuận loại đặc biệt", "Mật ong bạc hà", "Nước mắm Phú Quốc"];
    expect(productLine(names, 3)).toEqual({ names: ["Thanh long ruột đỏ Bình Thuận", "Cà phê Buôn Ma Thuột", "Mật ong bạc hà"], more: 3 });
    expect(productLine(names, 10)).toEqual({ names: ["Thanh long ruột đỏ Bình Thuận", "Cà phê Buôn Ma Thuột", "Mật ong bạc hà", "Nước mắm Phú Quốc"], more: 2 });
  });

  it("keeps a variant listed first, and says nothing more when all are named", () => {
    expect(productLine(["Trà – hộp quà", "Trà"], 3)).toEqual({ names: ["Trà – hộp quà", "Trà"], more: 0 });
    expect(productLine([], 3)).toEqual({ names: [], more: 0 });
  });
});
