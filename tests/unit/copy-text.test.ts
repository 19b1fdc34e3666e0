import { describe, expect, it } from "vitest";
import { copyText } from "@/lib/db/raw";

describe("COPY text fields", () => {
  it("escapes what COPY's text format would read as structure, and writes null as \\N", () => {
    expect(copyText("Trà \\ Shan\ttuyết\nHà Giang\r")).toBe("Trà \\\\ Shan\\ttuyết\\nHà Giang\\r");
    expect(copyText(null)).toBe("\\N");
    expect(copyText("\\N")).toBe("\\\\N");
    expect(copyText(12)).toBe("12");
    expect(copyText(12n)).toBe("12");
  });
});
