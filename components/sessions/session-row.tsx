import { formatVnTimeRange } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import type { PublicSession } from "@/lib/sessions/queries";
import { sessionProvinces } from "@/lib/sessions/product-line";
import { displayStatus } from "@/lib/sessions/status";
import { SessionStatusBadge } from "./session-status";

/** A session's time and host in words, added to its link's name after the title (screen readers hear them with it). */
export function sessionLinkDetails(session: PublicSession, locale: Locale): string {
  const t = getMessages(locale);
  const time = formatVnTimeRange(new Date(session.startsAt), new Date(session.endsAt), locale);
  return fill(t.home.linkDetails, { time, host: session.host.name });
}

/**
 * One line of the day's list: time, title, host and provinces; the products are on the session's
 * page. Thirty of these fit a few phone screens where thirty cards took twenty. The whole line is
 * the link, so its name carries the time and the host without an aria-label repeating them (every
 * element is sent twice: the HTML and React's payload).
 */
export function SessionRow({ session, locale, now }: { session: PublicSession; locale: Locale; now: Date }) {
  const t = getMessages(locale);
  const status = displayStatus(session, now);
  const provinces = sessionProvinces(session);
  return (
    <div className="session-row">
      <a href={localePath(locale, `/sessions/${session.id}`)}>
        <p className="session-row-time">{formatVnTimeRange(new Date(session.startsAt), new Date(session.endsAt), locale)}</p>
        <p className={`session-row-title${status === "CANCELLED" ? " line-through" : ""}`}>{session.title}</p>
        <p className="session-row-meta">{`${session.host.name}${provinces && ` · ${provinces}`}`}</p>
      </a>
      {status !== "SCHEDULED" && <SessionStatusBadge session={session} initial={status} labels={t.status} />}
    </div>
  );
}
