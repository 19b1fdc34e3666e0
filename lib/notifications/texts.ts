import { formatLocalDate, formatVnDateTime, formatVnSlot } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, getMessages, type Messages } from "@/lib/i18n/messages";

export type NotificationKey = keyof Messages["notifications"]["texts"];

/**
 * The values of a keyed notification. Dates are kept as data and written for each reader:
 * `slot` / `before` as "start/end" ISO instants, `at` an ISO instant, `saturday` a local date.
 */
export type NotificationParams = Record<string, string>;

/** A session's time as a notification keeps it: "start/end", ISO instants. */
export function slotParam(start: Date, end: Date): string {
  return `${start.toISOString()}/${end.toISOString()}`;
}

const slot = (value: string, locale: Locale) => {
  const [start, end] = value.split("/");
  return start && end ? formatVnSlot(new Date(start), new Date(end), locale) : value;
};

/** A keyed notification's title and body in the reader's language. */
export function renderNotification(key: NotificationKey, params: NotificationParams, locale: Locale): { title: string; body: string } {
  const text = getMessages(locale).notifications.texts[key];
  const values: NotificationParams = { ...params };
  if (params.slot) values.slot = slot(params.slot, locale);
  if (params.before) values.before = slot(params.before, locale);
  if (params.at) values.at = formatVnDateTime(new Date(params.at), locale);
  if (params.saturday) values.saturday = formatLocalDate(params.saturday, locale);
  return { title: fill(text.title, values), body: fill(text.body, values) };
}

export function isNotificationKey(key: string | null): key is NotificationKey {
  return key !== null && key in getMessages("vi").notifications.texts;
}
