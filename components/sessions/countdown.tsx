import type { Locale } from "@/lib/i18n/locales";

/**
 * "Starts in 1 h 20 min": filled in by the islands' script from the browser's clock
 * (lib/islands/countdown.ts). The HTML holds the empty line at its final height, so filling it in
 * moves nothing below it (no layout shift); without scripts it stays empty.
 */
export function Countdown({ startsAt, template, locale }: { startsAt: string; template: string; locale: Locale }) {
  return <p className="min-h-5 text-sm font-medium text-orange-800" aria-live="off" data-countdown={startsAt} data-template={template} data-locale={locale} />;
}
