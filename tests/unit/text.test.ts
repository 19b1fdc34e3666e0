import { describe, expect, it } from "vitest";
import { foldVietnamese, likeWords, slugify } from "@/lib/text";

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

describe("likeWords", () => {
  it.each([
    ["  Mật  ong rừng ", "mat ong rung"],
    // Wildcards and the escape typed by a person are spaces, never patterns, and leave no gap.
    ["mật ong % hoa_nhãn", "mat ong hoa nhan"],
    ["100%_\\", "100"],
    ["%", ""],
  ])("makes %j the words %j", (input, expected) => {
    expect(likeWords(input)).toBe(expected);
  });
});
