import Link from "next/link";
import { formatVnTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import type { PublicSession } from "@/lib/sessions/queries";
import { displayStatus } from "@/lib/sessions/status";
import { SessionStatusBadge } from "./session-status";

/** A session's time and host in words, added to its link's name after the title (screen readers hear them with it). */
export function sessionLinkDetails(session: PublicSession, locale: Locale): string {
  const t = getMessages(locale);
  const time = `${formatVnTime(new Date(session.startsAt), locale)}–${formatVnTime(new Date(session.endsAt), locale)}`;
  return fill(t.home.linkDetails, { time, host: session.host.name });
}

/**
 * One line of the day's list: time, title, host and provinces; the products are on the session's
 * page. Thirty of these fit a few phone screens where thirty cards took twenty.
 */
export function SessionRow({ session, locale, now }: { session: PublicSession; locale: Locale; now: Date }) {
  const t = getMessages(locale);
  const status = displayStatus(session, now);
  const provinces = [...new Set(session.producers.map((p) => p.province))].join(", ");
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-2">
      <p className="w-24 shrink-0 font-semibold tabular-nums">
        <time dateTime={session.startsAt}>{formatVnTime(new Date(session.startsAt), locale)}</time>–<time dateTime={session.endsAt}>{formatVnTime(new Date(session.endsAt), locale)}</time>
      </p>
      <p className={`min-w-0 flex-1 font-semibold${status === "CANCELLED" ? " line-through" : ""}`}>
        <Link href={localePath(locale, `/sessions/${session.id}`)} className="hover:underline" aria-label={`${session.title}, ${sessionLinkDetails(session, locale)}`}>
          {session.title}
        </Link>
      </p>
      {status !== "SCHEDULED" && <SessionStatusBadge status={session.status} startsAt={session.startsAt} endsAt={session.endsAt} initial={status} labels={t.status} />}
      <p className="w-full text-sm text-stone-600 sm:pl-27">
        {session.host.name}
        {provinces && ` · ${provinces}`}
      </p>
    </div>
  );
}
