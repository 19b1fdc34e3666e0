import { describe, expect, it } from "vitest";
import { initials } from "@/lib/islands/account";
import { isUnchosen } from "@/lib/islands/clean-query";
import { countdownText, describeTimeLeft } from "@/lib/islands/countdown";
import { liveStatusAt, type LiveStatus } from "@/lib/islands/live-status";

describe("the public pages' islands", () => {
  it("count down to a session in the reader's words, rounded up to the minute, and fall silent when it starts", () => {
    expect(describeTimeLeft(((26 * 60 + 5) * 60 + 1) * 1000, "vi")).toBe("1 ngày 2 giờ");
    expect(describeTimeLeft((80 * 60 - 30) * 1000, "vi")).toBe("1 giờ 20 phút");
    expect(describeTimeLeft(1000, "en")).toBe("1 min");
    expect(describeTimeLeft(3 * 86_400_000, "en")).toBe("3 days");
    const start = "2026-12-12T00:00:00.000Z";
    expect(countdownText(start, "Bắt đầu sau {time}", "vi", Date.parse(start) - 45 * 60_000)).toBe("Bắt đầu sau 45 phút");
    expect(countdownText(start, "Bắt đầu sau {time}", "vi", Date.parse(start))).toBe("");
  });

  it("move a session's badge to live at its start and to ended at its end", () => {
    const live: LiveStatus = { startsAt: "2026-12-12T00:00:00.000Z", endsAt: "2026-12-12T01:30:00.000Z", LIVE: ["Đang phát", "live"], COMPLETED: ["Đã kết thúc", "ended"] };
    expect(liveStatusAt(live, new Date("2026-12-11T23:59:59.000Z"))).toBeNull();
    expect(liveStatusAt(live, new Date("2026-12-12T00:00:00.000Z"))).toEqual(["Đang phát", "live"]);
    expect(liveStatusAt(live, new Date("2026-12-12T01:30:00.000Z"))).toEqual(["Đã kết thúc", "ended"]);
  });

  it("leave out of a filter form's address the fields left empty or at their default", () => {
    expect(isUnchosen({ name: "group", value: "" })).toBe(true);
    expect(isUnchosen({ name: "sort", value: "stars", defaultValue: "stars" })).toBe(true);
    expect(isUnchosen({ name: "sort", value: "price-asc", defaultValue: "stars" })).toBe(false);
    expect(isUnchosen({ name: "province", value: "Bắc Kạn" })).toBe(false);
    // A field without a name is never sent anyway: left alone.
    expect(isUnchosen({ name: "", value: "" })).toBe(false);
  });

  it("stand a signed-in user's name by its initials on a phone", () => {
    expect(initials("Y Khuê Niê")).toBe("YN");
    expect(initials("  đinh  ")).toBe("Đ");
  });
});
