import type { Locale } from "./locales";
import { en } from "./messages/en";
import { vi, type Messages } from "./messages/vi";

const dictionaries: Record<Locale, Messages> = { vi, en };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

/** Fills "{name}" placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

export type { Messages };
