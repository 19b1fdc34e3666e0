import { describe, expect, it } from "vitest";
import { formatResultParams } from "@/components/ui/action-form";
import { fill } from "@/lib/i18n/fill";

describe("an action's result in its messages", () => {
  it("writes counts as the reader does and never shows the secret", () => {
    const result = { rows: 200000, created: 1200, updated: 0, sessionId: "b1c2", secret: "tok_123" };
    expect(fill("Đã nhập {rows} dòng: {created} mới, {updated} cập nhật.", formatResultParams(result, "vi"))).toBe("Đã nhập 200.000 dòng: 1.200 mới, 0 cập nhật.");
    expect(fill("Imported {rows} lines: {created} new.", formatResultParams(result, "en"))).toBe("Imported 200,000 lines: 1,200 new.");
    expect(formatResultParams(result, "vi")).not.toHaveProperty("secret");
    expect(formatResultParams(result, "vi").sessionId).toBe("b1c2");
  });
});
