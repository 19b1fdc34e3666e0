import { describe, expect, it } from "vitest";
import { AuthorizationError, assertProducerAccess, assertRole, landingPath } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { formatDateLike, formatLocalDate, formatMonth, formatShare, formatVnd, formatVndShort, formatVnDateTime, formatVnSlot, formatVnTime, formatVnTimeRange, formatWeek } from "@/lib/format";
import { localePath, switchLocalePath } from "@/lib/i18n/locales";
import { comingAndPast, displayStatus } from "@/lib/sessions/status";

describe("money and time formats", () => {
  it("shows VND as integer dong in each language", () => {
    expect(formatVnd(1_234_567, "vi")).toBe("1.234.567\u00a0₫");
    expect(formatVnd(1_234_567, "en")).toBe("₫1,234,567");
    expect(formatVnd(123_456_789_012n, "vi")).toBe("123.456.789.012\u00a0₫");
  });

  it("shortens large sums for a glance, never leaving ₫ to wrap alone", () => {
    expect(formatVndShort(137_700_000_000, "vi")).toBe("137,7\u00a0tỷ\u00a0₫");
    expect(formatVndShort(850_000_000n, "vi")).toBe("850\u00a0tr\u00a0₫");
    expect(formatVndShort(1_230_000_000_000n, "vi")).toBe("1,2\u00a0nghìn\u00a0tỷ\u00a0₫");
    expect(formatVndShort(137_700_000_000, "en")).toBe("₫137.7bn");
    expect(formatVndShort(12_540_000, "en")).toBe("₫12.5m");
    expect(formatVndShort(999_000, "vi")).toBe("999.000\u00a0₫");
    expect(formatVndShort(0, "vi")).toBe("0\u00a0₫");
  });

  it("shows times in Vietnam time whatever the server's zone", () => {
    expect(formatVnTime(new Date("2026-12-05T00:00:00Z"), "vi")).toBe("07:00");
    expect(formatVnTimeRange(new Date("2026-12-05T00:00:00Z"), new Date("2026-12-05T02:30:00Z"), "en")).toBe("07:00–09:30");
  });

  it("writes calendar dates day first, in either language and any zone", () => {
    expect(formatLocalDate("2026-11-30", "vi")).toBe("30/11/2026");
    expect(formatLocalDate("2026-01-05", "en")).toBe("05/01/2026");
  });

  it("writes an instant as date then time, the year in full, in Vietnam time", () => {
    // 01:41 UTC is 08:41 in Vietnam; 20:00 UTC on the 5th is already the 6th there.
    expect(formatVnDateTime(new Date("2026-12-06T01:41:00Z"), "vi")).toBe("06/12/2026 08:41");
    expect(formatVnDateTime(new Date("2026-12-06T01:41:00Z"), "en")).toBe("06/12/2026 08:41");
    expect(formatVnDateTime(new Date("2026-12-05T20:00:00Z"), "vi")).toBe("06/12/2026 03:00");
  });

  it("writes a session's slot with its weekday, and a week with its number and days", () => {
    const start = new Date("2026-12-12T00:00:00Z");
    const end = new Date("2026-12-12T01:30:00Z");
    expect(formatVnSlot(start, end, "vi")).toBe("Thứ Bảy 12/12/2026 · 07:00–08:30");
    expect(formatVnSlot(start, end, "en")).toBe("Saturday 12/12/2026 · 07:00–08:30");
    expect(formatVnSlot(start, new Date("2026-12-12T18:00:00Z"), "vi")).toBe("Thứ Bảy 12/12/2026 · 07:00–13/12/2026 01:00");
    expect(formatWeek("2026-12-12", "vi")).toBe("Tuần 50 (07/12–13/12/2026)");
    expect(formatWeek("2026-12-07", "en")).toBe("Week 50 (07/12–13/12/2026)");
    expect(formatWeek("2026-12-30", "vi")).toBe("Tuần 53 (28/12–03/01/2027)");
  });

  it("reads dates out of stored values, and leaves other text alone", () => {
    expect(formatDateLike("2026-12-05T05:30:00.000Z", "vi")).toBe("05/12/2026 12:30");
    expect(formatDateLike("2026-12-05T12:30:00+07:00", "en")).toBe("05/12/2026 12:30");
    expect(formatDateLike("2026-12-17", "vi")).toBe("17/12/2026");
    expect(formatDateLike("2026-13-45", "vi")).toBe("2026-13-45");
    expect(formatDateLike("88/QĐ-UBND", "vi")).toBe("88/QĐ-UBND");
  });
});

const user = (role: CurrentUser["role"], producerIds: string[] = []): CurrentUser => ({
  id: "00000000-0000-0000-0000-000000000001",
  email: "a@b.test",
  name: "A",
  role,
  producerIds,
});

describe("guards", () => {
  it("refuse a visitor as unauthenticated", () => {
    expect(() => assertRole(null, ["STAFF"])).toThrow(expect.objectContaining({ kind: "UNAUTHENTICATED" }));
  });

  it("refuse the wrong role as forbidden", () => {
    expect(() => assertRole(user("PRODUCER"), ["STAFF", "ADMIN"])).toThrow(AuthorizationError);
    expect(() => assertRole(user("PRODUCER"), ["STAFF", "ADMIN"])).toThrow(expect.objectContaining({ kind: "FORBIDDEN" }));
    expect(assertRole(user("ADMIN"), ["STAFF", "ADMIN"]).role).toBe("ADMIN");
  });

  it("let a producer act on their own shop only", () => {
    expect(assertProducerAccess(user("PRODUCER", ["shop-1"]), "shop-1").role).toBe("PRODUCER");
    expect(() => assertProducerAccess(user("PRODUCER", ["shop-1"]), "shop-2")).toThrow(AuthorizationError);
    expect(assertProducerAccess(user("STAFF"), "shop-2").role).toBe("STAFF");
  });

  it("land each role in its own area", () => {
    expect(landingPath("PRODUCER")).toBe("/producer");
    expect(landingPath("STAFF")).toBe("/admin");
    expect(landingPath("ADMIN")).toBe("/admin");
  });
});

describe("locale paths", () => {
  it("keep Vietnamese unprefixed and English under /en", () => {
    expect(localePath("vi", "/admin")).toBe("/admin");
    expect(localePath("en", "/admin")).toBe("/en/admin");
    expect(localePath("en", "/")).toBe("/en");
    expect(switchLocalePath("/en/sign-in", "vi")).toBe("/sign-in");
    expect(switchLocalePath("/", "en")).toBe("/en");
  });
});

describe("displayStatus", () => {
  const session = { status: "SCHEDULED" as const, startsAt: "2026-12-05T00:00:00Z", endsAt: "2026-12-05T01:30:00Z" };
  it("follows the clock for scheduled sessions", () => {
    expect(displayStatus(session, new Date("2026-12-04T23:59:00Z"))).toBe("SCHEDULED");
    expect(displayStatus(session, new Date("2026-12-05T00:00:00Z"))).toBe("LIVE");
    expect(displayStatus(session, new Date("2026-12-05T01:30:00Z"))).toBe("COMPLETED");
  });
  it("keeps a cancelled session cancelled", () => {
    expect(displayStatus({ ...session, status: "CANCELLED" }, new Date("2026-12-05T00:10:00Z"))).toBe("CANCELLED");
  });
});

describe("comingAndPast", () => {
  it("lists what can still be watched first, soonest first, then what was streamed, latest first", () => {
    const s = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
    const sessions = [
      s("old", "2026-11-28T00:00:00Z", "2026-11-28T01:00:00Z"),
      s("later", "2026-12-19T00:00:00Z", "2026-12-19T01:00:00Z"),
      s("live", "2026-12-12T00:00:00Z", "2026-12-12T01:30:00Z"),
      s("last", "2026-12-05T00:00:00Z", "2026-12-05T01:00:00Z"),
      s("next", "2026-12-12T02:00:00Z", "2026-12-12T03:00:00Z"),
    ];
    const { coming, past } = comingAndPast(sessions, new Date("2026-12-12T01:00:00Z"));
    expect(coming.map((x) => x.id)).toEqual(["live", "next", "later"]);
    expect(past.map((x) => x.id)).toEqual(["last", "old"]);
  });
});

describe("formatMonth and formatShare", () => {
  it("name a month and a share as each language writes them", () => {
    expect(formatMonth("2026-12", "vi")).toBe("Tháng 12/2026");
    expect(formatMonth("2026-03", "en")).toBe("March 2026");
    expect(formatShare(37, 1000, "vi")).toBe("3,7%");
    expect(formatShare(37, 1000, "en")).toBe("3.7%");
    expect(formatShare(5, 0, "vi")).toBe("0%");
  });
});
