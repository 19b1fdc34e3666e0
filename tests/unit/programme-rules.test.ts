import { describe, expect, it } from "vitest";
import { suggestFragile } from "@/lib/programme/rules";

describe("suggestFragile", () => {
  it("suggests glass, eggs, fresh fruit and live plants, matching whole words with their accents", () => {
    expect(suggestFragile({ name: "Mật ong rừng U Minh", unit: "chai 500 ml", groupId: 1 })).toBe(true);
    expect(suggestFragile({ name: "Trứng vịt muối", unit: "hộp 10 quả", groupId: 1 })).toBe(true);
    expect(suggestFragile({ name: "Thanh long ruột đỏ", unit: "thùng 5 kg", groupId: 1 })).toBe(true);
    expect(suggestFragile({ name: "Gốm Bát Tràng men lam", unit: "bộ", groupId: 4 })).toBe(true);
    expect(suggestFragile({ name: "Lan hồ điệp", unit: "chậu", groupId: 5 })).toBe(true);
    expect(suggestFragile({ name: "Bonsai mini", unit: "cây", groupId: 5 })).toBe(true);
    expect(suggestFragile({ name: "HONEY in a GLASS JAR", unit: "jar", groupId: 1 })).toBe(true);
  });

  it("leaves dry goods alone, and does not take one word for another that differs by its accents", () => {
    expect(suggestFragile({ name: "Chè Shan tuyết", unit: "gói 200 g", groupId: 2 })).toBe(false);
    expect(suggestFragile({ name: "Nhân sâm Ngọc Linh", unit: "hộp", groupId: 3 })).toBe(false);
    expect(suggestFragile({ name: "Nước mắm Phú Quốc", unit: "can 2 lít", groupId: 1 })).toBe(false);
    expect(suggestFragile({ name: "Khăn lụa", unit: "chiếc", groupId: 4 })).toBe(false);
  });
});

describe("fill with plurals", () => {
  it("picks the English word by the value, and leaves templates without a choice as they were", async () => {
    const { fill } = await import("@/lib/i18n/fill");
    const { en } = await import("@/lib/i18n/messages/en");
    expect(fill(en.schedule.count, { count: 1 })).toBe("1 session");
    expect(fill(en.schedule.count, { count: 0 })).toBe("0 sessions");
    expect(fill(en.schedule.count, { count: "1,000" })).toBe("1,000 sessions");
    expect(fill(en.programme.seatsLeft, { count: 1 })).toBe("1 seat left");
    expect(fill("{count} phiên", { count: 1 })).toBe("1 phiên");
    expect(fill("{missing}", {})).toBe("{missing}");
  });
});
