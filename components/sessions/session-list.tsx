import { formatVnDate, formatVnTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { PublicSession } from "@/lib/sessions/queries";
import { displayStatus } from "@/lib/sessions/status";
import { getMessages } from "@/lib/i18n/messages";
import { SessionStatusBadge } from "./session-status";

/** A compact list of sessions (date, time, title, status), for producer, product and province pages. */
export function SessionList({ sessions, locale, empty }: { sessions: PublicSession[]; locale: Locale; empty: string }) {
  if (sessions.length === 0) return <p className="text-stone-600">{empty}</p>;
  const now = new Date();
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {sessions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <div className="min-w-0">
            <a href={localePath(locale, `/sessions/${s.id}`)} className="font-semibold hover:underline">
              {s.title}
            </a>
            <p className="text-sm text-stone-600">
              <time dateTime={s.startsAt}>{formatVnDate(new Date(s.startsAt), locale)}</time> · {formatVnTime(new Date(s.startsAt), locale)}–
              {formatVnTime(new Date(s.endsAt), locale)} · {s.host.name}
            </p>
          </div>
          <SessionStatusBadge session={s} initial={displayStatus(s, now)} labels={getMessages(locale).status} />
        </li>
      ))}
    </ul>
  );
}
