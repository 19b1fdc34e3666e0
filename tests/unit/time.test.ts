import { describe, expect, it } from "vitest";
import { certificateExpiry, isCertificateExpired } from "@/lib/ocop";
import { openSaturdays } from "@/lib/applications/schema";
import { addMonths, comingSaturday, daysBetween, marketSaturday, isoWeekOf, mondayOfIsoWeek, monthStart, vnDateOf, vnDayBounds, vnInstant, vnWeekBounds, vnTimeOf } from "@/lib/time";

describe("Vietnam time", () => {
  it("converts local date and time to UTC (UTC+7, no DST)", () => {
    expect(vnInstant("2026-12-05", "07:00").toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(vnInstant("2026-07-04", "00:30").toISOString()).toBe("2026-07-03T17:30:00.000Z");
  });

  it("takes the calendar date in Vietnam, not in UTC", () => {
    expect(vnDateOf(new Date("2026-12-04T18:00:00Z"))).toBe("2026-12-05");
    expect(vnDateOf(new Date("2026-12-04T16:59:59Z"))).toBe("2026-12-04");
  });

  it("computes this Saturday in Vietnam time", () => {
    // Friday 23:30 in Hanoi is still Friday: the coming Saturday is the next day.
    expect(comingSaturday(new Date("2026-12-04T16:30:00Z"))).toBe("2026-12-05");
    // Friday 17:30 UTC is Saturday 00:30 in Hanoi: today is Saturday.
    expect(comingSaturday(new Date("2026-12-04T17:30:00Z"))).toBe("2026-12-05");
    // Sunday morning in Hanoi: the next Saturday.
    expect(comingSaturday(new Date("2026-12-06T01:00:00Z"))).toBe("2026-12-12");
  });

  it("moves 'this Saturday' to next week once a Saturday's sessions are over", () => {
    const at = (iso: string) => new Date(iso);
    // Saturday 09:00 in Hanoi, sessions running: today.
    expect(marketSaturday(at("2026-12-05T02:00:00Z"), at("2026-12-05T05:30:00Z"))).toBe("2026-12-05");
    // Saturday 19:00 in Hanoi, the last session ended at 12:30: next Saturday.
    expect(marketSaturday(at("2026-12-05T12:00:00Z"), at("2026-12-05T05:30:00Z"))).toBe("2026-12-12");
    // Saturday 13:00 with a session until 15:00: still today; no sessions at all: next week from noon.
    expect(marketSaturday(at("2026-12-05T06:00:00Z"), at("2026-12-05T08:00:00Z"))).toBe("2026-12-05");
    expect(marketSaturday(at("2026-12-05T06:00:00Z"), null)).toBe("2026-12-12");
    expect(marketSaturday(at("2026-12-05T04:00:00Z"), null)).toBe("2026-12-05");
    // Any other day: the coming Saturday.
    expect(marketSaturday(at("2026-12-03T12:00:00Z"), null)).toBe("2026-12-05");
  });

  it("lets producers apply from next Saturday once today is a Saturday", () => {
    expect(openSaturdays(new Date("2026-12-04T10:00:00Z"))[0]).toBe("2026-12-05");
    // Saturday evening (and morning) in Hanoi: today's is settled, next week is the first.
    expect(openSaturdays(new Date("2026-12-05T12:00:00Z"))[0]).toBe("2026-12-12");
    expect(openSaturdays(new Date("2026-12-04T17:30:00Z"))[0]).toBe("2026-12-12");
  });

  it("bounds a Vietnam day and week in UTC", () => {
    expect(vnDayBounds("2026-12-05")).toEqual({
      start: new Date("2026-12-04T17:00:00Z"),
      end: new Date("2026-12-05T17:00:00Z"),
    });
    expect(vnWeekBounds("2026-12-05").monday).toBe("2026-11-30");
  });

  it("refuses impossible dates and times", () => {
    expect(() => vnInstant("2026-02-30")).toThrow(RangeError);
    expect(() => vnInstant("2026-12-05", "24:00")).toThrow(RangeError);
  });
});

describe("OCOP certificates", () => {
  it("are valid 36 months from the decision date", () => {
    expect(certificateExpiry("2023-12-01")).toBe("2026-12-01");
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28");
  });

  it("count as expired only after their expiry date", () => {
    expect(isCertificateExpired("2026-12-01", "2026-12-01")).toBe(false);
    expect(isCertificateExpired("2026-11-30", "2026-12-01")).toBe(true);
  });
});

describe("ISO weeks", () => {
  it.each([
    ["2026-12-05", "2026-W49"],
    ["2026-11-30", "2026-W49"],
    ["2026-12-06", "2026-W49"],
    ["2027-01-01", "2026-W53"],
    ["2021-01-03", "2020-W53"],
    ["2025-12-29", "2026-W01"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it("finds the Monday of a week and refuses weeks that do not exist", () => {
    expect(mondayOfIsoWeek("2026-W49")).toBe("2026-11-30");
    expect(mondayOfIsoWeek("2026-W01")).toBe("2025-12-29");
    expect(mondayOfIsoWeek("2026-W53")).toBe("2026-12-28");
    expect(mondayOfIsoWeek("2025-W53")).toBeNull();
    expect(mondayOfIsoWeek("2026-49")).toBeNull();
  });
});

describe("vnTimeOf", () => {
  it("gives the Vietnam wall-clock time of an instant, across midnight UTC", () => {
    expect(vnTimeOf(new Date("2026-12-05T01:30:00Z"))).toBe("08:30");
    expect(vnTimeOf(new Date("2026-12-05T17:05:00Z"))).toBe("00:05");
  });
});

describe("daysBetween and monthStart", () => {
  it("count whole days across months and years, and find the first of the month", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(daysBetween("2026-12-31", "2025-12-31")).toBe(-365);
    expect(monthStart("2026-02-28")).toBe("2026-02-01");
    expect(addMonths(monthStart("2026-12-15"), 1)).toBe("2027-01-01");
  });
});
