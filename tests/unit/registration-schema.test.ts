import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/password-policy";
import {
  isValidTaxCode,
  normalisePhone,
  normaliseTaxCode,
  normaliseTiktokHandle,
  RegistrationSchema,
  withTaxCheckDigit,
} from "@/lib/producers/schema";

describe("tax codes", () => {
  it("accepts real 10-digit codes and 13-digit branch codes", () => {
    for (const code of ["0100109106", "0300588569", "0101248141", "0100109106-001", "0100109106001", " 0100109106 "]) {
      expect(isValidTaxCode(code.trim())).toBe(true);
    }
    expect(normaliseTaxCode("0100109106001")).toBe("0100109106-001");
  });

  it("refuses a wrong check digit, wrong lengths, letters and branch 000", () => {
    for (const code of ["0100109107", "010010910", "01001091061", "010010910A", "0100109106-000", ""]) {
      expect(isValidTaxCode(code)).toBe(false);
    }
  });

  it("computes check digits for test data", () => {
    expect(withTaxCheckDigit("010010910")).toBe("0100109106");
  });
});

describe("TikTok handles and phones", () => {
  it.each([
    ["@HTX.CaPhe", "htx.caphe"],
    ["htx_caphe", "htx_caphe"],
    ["https://www.tiktok.com/@htxcaphe?lang=vi", "htxcaphe"],
    ["tiktok.com/@htx.caphe/video/123", "htx.caphe"],
    ["https://shop.tiktok.com/@htxcaphe", "htxcaphe"],
  ])("%s → %s", (input, handle) => {
    expect(normaliseTiktokHandle(input)).toBe(handle);
  });

  it("refuses what cannot be a handle", () => {
    for (const bad of ["a", "has space", "ends.", "https://example.com/@x1", "x".repeat(25)]) expect(normaliseTiktokHandle(bad)).toBeNull();
  });

  it("normalises Vietnamese phone numbers", () => {
    expect(normalisePhone("0912 345 678")).toBe("0912345678");
    expect(normalisePhone("+84 912.345.678")).toBe("0912345678");
    expect(normalisePhone("12345")).toBeNull();
  });
});

describe("passwords", () => {
  it("refuses the most common ones, whatever the case", () => {
    for (const p of ["12345678", "Password1", "matkhau123", "aaaaaaaa", "1234567890"]) expect(isCommonPassword(p)).toBe(true);
    expect(isCommonPassword("ruộng bậc thang mùa lúa chín")).toBe(false);
  });
});

const valid = {
  email: " Hoa@Example.test ",
  password: "ruong-bac-thang-mu-cang-chai",
  name: "Nguyễn Thị Hoa",
  phone: "0912 345 678",
  shopName: "HTX Chè Tân Cương",
  legalForm: "COOPERATIVE",
  taxCode: "0100109106",
  province: "Bắc Kạn",
  address: "Xóm 3, xã Tân Cương",
  tiktok: "https://www.tiktok.com/@chetancuong",
  description: "",
};

describe("RegistrationSchema", () => {
  it("normalises a valid registration", () => {
    expect(RegistrationSchema.parse(valid)).toMatchObject({
      email: "hoa@example.test",
      phone: "0912345678",
      province: 7, // Bắc Kạn is now part of Thái Nguyên
      tiktok: "chetancuong",
      description: null,
    });
  });

  it("says what is wrong with each field", () => {
    const result = RegistrationSchema.safeParse({
      ...valid,
      email: "not-an-email",
      password: "short",
      taxCode: "0100109107",
      province: "Atlantis",
      phone: "12",
      tiktok: "bad handle",
      legalForm: "",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      email: "emailInvalid",
      password: "passwordShort",
      taxCode: "taxCodeInvalid",
      province: "provinceUnknown",
      phone: "phoneInvalid",
      tiktok: "tiktokInvalid",
      legalForm: "required",
    });
  });

  it("refuses a common password", () => {
    const result = RegistrationSchema.safeParse({ ...valid, password: "matkhau123" });
    expect(result.error?.issues[0]?.message).toBe("passwordCommon");
  });
});
