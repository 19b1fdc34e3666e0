import type { Locale } from "./locales";
import { en } from "./messages/en";
import { vi, type Messages } from "./messages/vi";

const dictionaries: Record<Locale, Messages> = { vi, en };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

export { fill } from "./fill";

export type { Messages };
