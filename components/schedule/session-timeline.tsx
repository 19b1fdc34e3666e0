import { SessionCard } from "@/components/sessions/session-card";
import { formatVnDate, formatVnTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { sessionFacets } from "@/lib/sessions/filters";
import type { PublicSession } from "@/lib/sessions/queries";

/** Sessions grouped by day and start time, as a timeline that reads top to bottom on a phone. */
export function groupBySlot(sessions: PublicSession[], locale: Locale) {
  const slots = new Map<string, { day: string; time: string; sessions: PublicSession[] }>();
  for (const s of sessions) {
    const start = new Date(s.startsAt);
    const key = s.startsAt.slice(5, 16).replace(/\D/g, "");
    const slot = slots.get(key) ?? { day: formatVnDate(start, locale), time: formatVnTime(start, locale), sessions: [] };
    slot.sessions.push(s);
    slots.set(key, slot);
  }
  return slots;
}

export function SessionTimeline({ sessions, locale, week }: { sessions: PublicSession[]; locale: Locale; week: string }) {
  const t = getMessages(locale);
  const now = new Date();
  const index = new Map(sessions.map((s, i) => [s.id, String(i)]));
  return (
    <ol className="mt-4 space-y-6" data-week={week}>
      {[...groupBySlot(sessions, locale).entries()].map(([key, slot]) => (
        <li key={key} data-slot={key}>
          <h2 className="sticky top-0 z-10 border-b border-stone-200 bg-stone-50 py-2 text-lg font-bold">
            <span className="text-brand-700">{slot.time}</span> <span className="text-sm font-normal text-stone-600">· {slot.day}</span>
            <span className="sr-only"> {fill(t.schedule.startsAt, { time: slot.time })}</span>
          </h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {slot.sessions.map((s) => {
              const f = sessionFacets(s);
              // The facets the browser filters on; the text comes from the card itself.
              return (
                <li
                  key={index.get(s.id)}
                  data-session={index.get(s.id)}
                  data-provinces={f.provinceIds.join(",")}
                  data-regions={f.regions.join(",")}
                  data-groups={f.groupIds.join(",")}
                  data-stars={f.maxStars}
                  data-host={f.host}
                  data-seed={f.seed ? "1" : undefined}
                  data-tourism={f.tourism ? "1" : undefined}
                  className="flex min-w-0"
                >
                  <SessionCard session={s} locale={locale} now={now} compact />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
