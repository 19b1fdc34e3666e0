import { SessionStatusBadge } from "@/components/sessions/session-status";
import { formatVnDate, formatVnTime, formatVnTimeRange } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { sessionFacets } from "@/lib/sessions/filters";
import { productLineText, sessionProvinces } from "@/lib/sessions/product-line";
import type { PublicSession } from "@/lib/sessions/queries";
import { displayStatus } from "@/lib/sessions/status";

/** Sessions grouped by day and start time, as a timeline that reads top to bottom on a phone. */
export function groupBySlot(sessions: PublicSession[], locale: Locale) {
  const slots = new Map<string, { day: string; time: string; startsAt: string; sessions: PublicSession[] }>();
  for (const s of sessions) {
    const start = new Date(s.startsAt);
    const key = s.startsAt.slice(5, 16).replace(/\D/g, "");
    const slot = slots.get(key) ?? { day: formatVnDate(start, locale), time: formatVnTime(start, locale), startsAt: s.startsAt, sessions: [] };
    slot.sessions.push(s);
    slots.set(key, slot);
  }
  return slots;
}

const SHOWN_PRODUCTS = 3;

/**
 * One session of the week, compact: title; time, host and provinces; one line of products (the
 * producers and the rest on the session's page). A status shows only when it is not
 * the usual "coming up". Thirty of these are the schedule: every element here is sent twice (the
 * HTML and React's payload), so the markup is lean and repeated styles are one class each.
 */
function ScheduleEntry({ session, locale, now }: { session: PublicSession; locale: Locale; now: Date }) {
  const t = getMessages(locale);
  const status = displayStatus(session, now);
  const products = productLineText(session.products.map((p) => p.name), SHOWN_PRODUCTS, (count) => fill(t.home.more, { count }));
  const provinces = sessionProvinces(session);
  return (
    <article>
      {/* One link over the title and the line under it: its name says the time and host too, without a second copy in an aria-label. */}
      <a href={localePath(locale, `/sessions/${session.id}`)}>
        <h3 {...(status === "CANCELLED" && { className: "line-through" })}>{session.title}</h3>
        {/* One string, one text node: no React separators between the parts. */}
        <p>{`${formatVnTimeRange(new Date(session.startsAt), new Date(session.endsAt), locale)} · ${session.host.name}${provinces && ` · ${provinces}`}`}</p>
      </a>
      {status !== "SCHEDULED" && <SessionStatusBadge session={session} initial={status} labels={t.status} />}
      {products && <p>{products}</p>}
      {status === "LIVE" && session.liveUrl && (
        <a href={session.liveUrl} rel="noopener" target="_blank" className="sched-live">
          {t.home.watchLive}
        </a>
      )}
    </article>
  );
}

export function SessionTimeline({ sessions, locale }: { sessions: PublicSession[]; locale: Locale }) {
  const now = new Date();
  return (
    <ol className="mt-4 space-y-6">
      {[...groupBySlot(sessions, locale).entries()].map(([key, slot]) => (
        <li key={key}>
          <h2 className="sched-slot">
            <time dateTime={slot.startsAt}>{slot.time}</time> <span>· {slot.day}</span>
          </h2>
          <ul className="sched-list">
            {slot.sessions.map((s) => {
              const f = sessionFacets(s);
              // Marks for the two programme filters (a "Hạt giống OCOP" producer, a destination), only where true.
              return (
                <li key={s.id} {...(f.seed && { "data-seed": "1" })} {...(f.tourism && { "data-tourism": "1" })}>
                  <ScheduleEntry session={s} locale={locale} now={now} />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
