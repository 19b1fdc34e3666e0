import type { Locale } from "@/lib/i18n/locales";
import { VN_TIME_ZONE, type LocalDate } from "@/lib/time";

const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

/** Money is integer dong: `1.234.567 ₫` in Vietnamese, `₫1,234,567` in English. */
export function formatVnd(amount: number | bigint, locale: Locale): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(amount);
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

/** "01/12/2026 19:30" in Vietnam time. */
export function formatVnDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: VN_TIME_ZONE, dateStyle: "short", timeStyle: "short" }).format(instant);
}

/** A calendar date ("2026-11-30") as people write it: "30/11/2026" (the day is not moved by any zone). */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(`${date}T00:00:00Z`));
}
