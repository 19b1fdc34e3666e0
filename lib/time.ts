/**
 * Vietnam time. All instants are stored in UTC; everything a person sees or types is
 * Asia/Ho_Chi_Minh (UTC+7 all year: Vietnam has no daylight saving time, so a fixed offset is
 * exact). "This Saturday" is computed in Vietnam time, never in the server's zone.
 */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date in Vietnam, as "YYYY-MM-DD". */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseLocalDate(date: LocalDate): { y: number; m: number; d: number } {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw new RangeError(`No such date: ${date}`);
  return { y, m, d };
}

/** The Vietnam calendar date of an instant. */
export function vnDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as Vietnam wall-clock time with its offset: "2026-12-05T07:00:00+07:00". */
export function vnOffsetIso(instant: Date): string {
  return `${new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The Vietnam wall-clock time of an instant, "HH:mm". */
export function vnTimeOf(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(11, 16);
}

/** The UTC instant of a Vietnam local date and "HH:mm" time. */
export function vnInstant(date: LocalDate, time = "00:00"): Date {
  const { y, m, d } = parseLocalDate(date);
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new RangeError(`Not a time (HH:mm): ${time}`);
  return new Date(Date.UTC(y, m - 1, d, Number(match[1]), Number(match[2])) - VN_OFFSET_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const { y, m, d } = parseLocalDate(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** The first day of the date's month. */
export function monthStart(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`;
}

/** 0 = Sunday … 6 = Saturday, for a Vietnam local date. */
export function weekday(date: LocalDate): number {
  const { y, m, d } = parseLocalDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Today's Saturday in Vietnam if today is one, otherwise the next Saturday. */
export function comingSaturday(now: Date = new Date()): LocalDate {
  const today = vnDateOf(now);
  return addDays(today, (6 - weekday(today) + 7) % 7);
}

/** On a Saturday the market day is over from this Vietnam time at the earliest (its sessions run in the morning). */
export const MARKET_DAY_OVER_AT = "12:00";

/**
 * The Saturday the portal presents as "this Saturday": the coming one, or next week's once today's
 * (a Saturday) is over — from MARKET_DAY_OVER_AT, and not before `lastEnd`, the end of its last
 * session, so a session running late keeps the day on show.
 */
export function marketSaturday(now: Date = new Date(), lastEnd: Date | null = null): LocalDate {
  const saturday = comingSaturday(now);
  if (vnDateOf(now) !== saturday) return saturday;
  const over = Math.max(vnInstant(saturday, MARKET_DAY_OVER_AT).getTime(), lastEnd?.getTime() ?? 0);
  return now.getTime() >= over ? addDays(saturday, 7) : saturday;
}

/** The UTC bounds [start, end) of a Vietnam calendar day. */
export function vnDayBounds(date: LocalDate): { start: Date; end: Date } {
  const start = vnInstant(date);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** The UTC bounds [Monday 00:00, next Monday 00:00) of the Vietnam week containing a date. */
export function vnWeekBounds(date: LocalDate): { start: Date; end: Date; monday: LocalDate } {
  const monday = addDays(date, -((weekday(date) + 6) % 7));
  const start = vnInstant(monday);
  return { start, end: new Date(start.getTime() + 7 * DAY_MS), monday };
}

/** Adds months to a date the way certificates count validity (36 months from the decision). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { y, m, d } = parseLocalDate(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The ISO 8601 week ("2026-W49") of a Vietnam local date. Weeks start on Monday. */
export function isoWeekOf(date: LocalDate): string {
  // The ISO week-year is the year of the week's Thursday.
  const thursday = addDays(date, 3 - ((weekday(date) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 3 - ((weekday(`${year}-01-04`) + 6) % 7));
  const week = 1 + Math.round((vnInstant(thursday).getTime() - vnInstant(firstThursday).getTime()) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week ("2026-W49" → "2026-11-30"), or null when it is not a valid week. */
export function mondayOfIsoWeek(week: string): LocalDate | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const [year, n] = [Number(match[1]), Number(match[2])];
  if (n < 1 || n > 53) return null;
  const jan4 = `${year}-01-04`;
  const monday = addDays(addDays(jan4, -((weekday(jan4) + 6) % 7)), (n - 1) * 7);
  return isoWeekOf(monday) === week ? monday : null;
}
