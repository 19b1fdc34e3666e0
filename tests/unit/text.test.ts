import { describe, expect, it } from "vitest";
import { foldVietnamese, slugify } from "@/lib/text";

describe("foldVietnamese", () => {
  it.each([
    ["Cà phê", "ca phe"],
    ["Đắk Lắk", "dak lak"],
    ["BÁNH TRÁNG", "banh trang"],
    ["  Thừa   Thiên Huế ", "thua thien hue"],
    ["Hoà Bình", "hoa binh"],
  ])("folds %s to %s", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it("maps đ and Đ, which Unicode normalisation alone leaves alone", () => {
    expect("đ".normalize("NFD")).toBe("đ");
    expect(foldVietnamese("Đồng Tháp đẹp")).toBe("dong thap dep");
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs from Vietnamese names", () => {
    expect(slugify("Cà phê rang xay Buôn Ma Thuột")).toBe("ca-phe-rang-xay-buon-ma-thuot");
    expect(slugify("Bưởi da xanh – hộp quà (5 quả)")).toBe("buoi-da-xanh-hop-qua-5-qua");
  });
});
