import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, googleCalendarUrl } from "@/lib/calendar/ics";
import { parseScheduleFilters } from "@/lib/sessions/filters";

describe("iCalendar text", () => {
  it("escapes the characters RFC 5545 reserves", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("folds long lines at 75 octets without splitting a Vietnamese character", () => {
    const line = `SUMMARY:${"Đặc sản Đắk Lắk ".repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("round-trips through a real parser", () => {
    const start = new Date("2026-12-05T00:00:00Z");
    const text = buildCalendar({
      name: "Chợ phiên OCOP",
      events: [
        {
          uid: "abc@chophien-ocop",
          sequence: 2,
          start,
          end: new Date("2026-12-05T01:30:00Z"),
          summary: "Cà phê, trà; và mật ong",
          description: "Dòng 1\nDòng 2",
          url: "https://ocop.example/sessions/abc",
          cancelled: true,
          updated: start,
        },
      ],
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("Cà phê, trà; và mật ong");
    expect(event.description).toBe("Dòng 1\nDòng 2");
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(googleCalendarUrl({ start, end: start, summary: "x", description: "y" })).toContain("dates=20261205T000000Z%2F20261205T000000Z");
  });
});

describe("schedule filters from the URL", () => {
  it("keeps valid values and drops the rest", () => {
    expect(parseScheduleFilters(new URLSearchParams("province=B%E1%BA%AFc+Giang&region=south&group=2&stars=4&host=abc&q=ca+phe"))).toEqual({
      province: "Bắc Giang",
      region: "SOUTH",
      group: 2,
      minStars: 4,
      host: "abc",
      q: "ca phe",
    });
    expect(parseScheduleFilters(new URLSearchParams("region=mars&group=9&stars=2&province=+"))).toEqual({
      province: undefined,
      region: undefined,
      group: undefined,
      minStars: undefined,
      host: undefined,
      q: undefined,
    });
  });
});
