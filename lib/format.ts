import type { Locale } from "@/lib/i18n/locales";
import { addDays, isoWeekOf, VN_TIME_ZONE, vnDateOf, vnWeekBounds, type LocalDate } from "@/lib/time";

const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Money is integer dong: `1.234.567 ₫` in Vietnamese, `₫1,234,567` in English. */
export function formatVnd(amount: number | bigint, locale: Locale): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(amount);
}

const SHORT_UNITS: Record<Locale, [number, string][]> = {
  vi: [[1e12, "nghìn tỷ"], [1e9, "tỷ"], [1e6, "tr"]],
  en: [[1e12, "tn"], [1e9, "bn"], [1e6, "m"]],
};

/**
 * A large sum at a glance: "137,7 tỷ ₫", "850 tr ₫" / "₫137.7bn", "₫850m" (one decimal at most,
 * non-breaking spaces, so "₫" never wraps alone); below a million, the full figure. Show the full
 * figure beside it (a title, the table next to the chart): this one is rounded.
 */
export function formatVndShort(amount: number | bigint, locale: Locale): string {
  const value = Number(amount);
  const unit = SHORT_UNITS[locale].find(([size]) => Math.abs(value) >= size);
  if (!unit) return formatVnd(amount, locale);
  const figure = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(value / unit[0]);
  return locale === "vi" ? `${figure}\u00a0${unit[1].replace(/ /g, "\u00a0")}\u00a0₫` : `₫${figure}${unit[1]}`;
}

/** A file's size as people read it: "850 KB", "6,2 MB" / "6.2 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))}\u00a0KB`;
  return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(mb)}\u00a0MB`;
}

export function formatNumber(value: number | bigint, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** "07:00" in Vietnam time, whatever the server's or the reader's zone. */
export function formatVnTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: VN_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

/** "07:00–09:00": a session's start and end, in Vietnam time. */
export function formatVnTimeRange(start: Date, end: Date, locale: Locale): string {
  return `${formatVnTime(start, locale)}–${formatVnTime(end, locale)}`;
}

/** "Thứ Bảy, 5 tháng 12, 2026" / "Saturday 5 December 2026", in Vietnam time. */
export function formatVnDate(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: VN_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}

/**
 * "06/12/2026 08:41" in Vietnam time, in both languages: the date first, as Vietnamese write it,
 * the year in full (Intl's short style gives "08:41 6/12/26" in Vietnamese).
 */
export function formatVnDateTime(instant: Date, locale: Locale): string {
  return `${formatLocalDate(vnDateOf(instant), locale)} ${formatVnTime(instant, locale)}`;
}

/** "12/12": a chart axis's short date, day first in both languages, in Vietnam time. */
export function formatDayMonth(instant: Date): string {
  const [, m, d] = vnDateOf(instant).split("-");
  return `${d}/${m}`;
}

/** "Thứ Bảy 12/12/2026 · 07:00–08:30" / "Saturday 12/12/2026 · 07:00–08:30", in Vietnam time. */
export function formatVnSlot(start: Date, end: Date, locale: Locale): string {
  const day = vnDateOf(start);
  const weekday = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: VN_TIME_ZONE, weekday: "long" }).format(start);
  const until = vnDateOf(end) === day ? formatVnTime(end, locale) : formatVnDateTime(end, locale);
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${formatLocalDate(day, locale)} · ${formatVnTime(start, locale)}–${until}`;
}

const WEEK_WORD: Record<Locale, string> = { vi: "Tuần", en: "Week" };

/** The ISO week of a date as people read it: "Tuần 50 (07/12–13/12/2026)" / "Week 50 (07/12–13/12/2026)". */
export function formatWeek(date: LocalDate, locale: Locale): string {
  const number = Number(isoWeekOf(date).slice(-2));
  const { monday } = vnWeekBounds(date);
  const sunday = addDays(monday, 6);
  const short = (d: LocalDate) => formatLocalDate(d, locale).slice(0, 5);
  return `${WEEK_WORD[locale]} ${number} (${short(monday)}–${short(sunday)}/${sunday.slice(0, 4)})`;
}

/** A calendar date ("2026-11-30") as people write it: "30/11/2026" (the day is not moved by any zone). */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(`${date}T00:00:00Z`));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored value as people read it, where it is a date: an ISO instant in Vietnam time
 * ("2026-12-05T05:30:00.000Z" → "05/12/2026 12:30"), an ISO date day first; anything else as it is.
 * For values whose kind is not known in advance (the audit trail's field changes).
 */
export function formatDateLike(text: string, locale: Locale): string {
  if (ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return formatVnDateTime(new Date(text), locale);
  if (ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))) return formatLocalDate(text, locale);
  return text;
}

/** A month ("2026-12") as people name it: "Tháng 12/2026", "December 2026". */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split("-");
  if (locale === "vi") return `Tháng ${Number(m)}/${y}`;
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A share of a whole as a percentage, one decimal at most ("3,7%"); 0 % of nothing. */
export function formatShare(part: number, whole: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "percent", maximumFractionDigits: 1 }).format(whole > 0 ? part / whole : 0);
}
