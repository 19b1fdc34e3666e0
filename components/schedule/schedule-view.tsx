"use client";

import { useSearchParams } from "next/navigation";
import { SessionCard } from "@/components/sessions/session-card";
import { formatVnDate, formatVnTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { filterSessions, parseScheduleFilters } from "@/lib/sessions/filters";
import type { PublicSession } from "@/lib/sessions/queries";

/** Sessions grouped by day and start time: a timeline that reads top to bottom on a phone. */
export function SessionTimeline({ sessions, locale }: { sessions: PublicSession[]; locale: Locale }) {
  const t = getMessages(locale);
  const now = new Date();
  const groups = new Map<string, PublicSession[]>();
  for (const s of sessions) {
    const start = new Date(s.startsAt);
    const key = `${formatVnDate(start, locale)}|${formatVnTime(start, locale)}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return (
    <ol className="mt-4 space-y-6">
      {[...groups.entries()].map(([key, items]) => {
        const [day, time] = key.split("|");
        return (
          <li key={key}>
            <h2 className="sticky top-0 z-10 border-b border-stone-200 bg-stone-50/95 py-2 text-lg font-bold">
              <span className="text-brand-700">{time}</span> <span className="text-sm font-normal text-stone-600">· {day}</span>
              <span className="sr-only"> {fill(t.schedule.startsAt, { time: time! })}</span>
            </h2>
            <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((s) => (
                <li key={s.id} className="flex min-w-0">
                  <SessionCard session={s} locale={locale} now={now} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/** The week's sessions, filtered by the URL's query (province, region, group, stars, host, q). */
export function ScheduleView({ sessions, locale }: { sessions: PublicSession[]; locale: Locale }) {
  const t = getMessages(locale);
  const params = useSearchParams();
  const filters = parseScheduleFilters(new URLSearchParams(params?.toString() ?? ""));
  const outcome = filterSessions(sessions, filters);
  const resolved = outcome.province;
  return (
    <div>
      <p className="text-sm text-stone-600" aria-live="polite">
        {fill(t.schedule.count, { count: outcome.sessions.length })}
      </p>
      {resolved?.merged && (
        <p className="mt-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          {fill(t.schedule.provinceMerged, { input: filters.province!, province: resolved.province.name })}
        </p>
      )}
      {outcome.provinceUnknown && (
        <p role="alert" className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          {fill(t.schedule.provinceUnknown, { input: filters.province! })}
        </p>
      )}
      {outcome.sessions.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          {outcome.active ? t.schedule.emptyFiltered : t.schedule.emptyWeek}
        </p>
      ) : (
        <SessionTimeline sessions={outcome.sessions} locale={locale} />
      )}
    </div>
  );
}
