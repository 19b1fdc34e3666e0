import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";
import { getMessages, type Messages } from "./messages";

/** The locale of a `[locale]` route segment; anything else is a 404. */
export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/**
 * Metadata of a signed-in page: its own title (announced by screen readers on navigation, shown
 * in tabs and history; the layout's template adds the site name) and no indexing. Message lookups
 * only, no database: the title is ready at once.
 */
export function privatePageMetadata(title: (messages: Messages) => string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    return { title: title(getMessages(isLocale(locale) ? locale : "vi")), robots: { index: false } };
  };
}
