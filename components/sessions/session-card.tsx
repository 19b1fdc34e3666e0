import { formatVnTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import type { PublicSession } from "@/lib/sessions/queries";
import { productLineText } from "@/lib/sessions/product-line";
import { displayStatus } from "@/lib/sessions/status";
import { sessionLinkDetails } from "./session-row";
import { SessionStatusBadge } from "./session-status";

const SHOWN_PRODUCTS = 4;

/** A session on the home page: time, status, title, host, channel, producers and one line of products. */
export function SessionCard({ session, locale, now }: { session: PublicSession; locale: Locale; now: Date }) {
  const t = getMessages(locale);
  const status = displayStatus(session, now);
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const href = localePath(locale, `/sessions/${session.id}`);
  return (
    <article className="session-card">
      <div className="session-card-head">
        <p className="session-card-time">
          <time dateTime={session.startsAt}>{formatVnTime(start, locale)}</time>–<time dateTime={session.endsAt}>{formatVnTime(end, locale)}</time>
        </p>
        <SessionStatusBadge session={session} initial={status} labels={t.status} />
      </div>
      <h3 className={`mt-2 text-base font-bold${status === "CANCELLED" ? " line-through" : ""}`}>
        <a href={href} className="hover:underline" aria-label={`${session.title}, ${sessionLinkDetails(session, locale)}`}>
          {session.title}
        </a>
      </h3>
      <dl className="session-card-meta">
        <dt>{t.home.host}</dt>
        <dd>
          {session.host.name} <span className="text-stone-600">@{session.host.tiktokHandle}</span>
        </dd>
        <dt>{t.home.channel}</dt>
        <dd>{session.channel.name}</dd>
        <dt>{t.home.producers}</dt>
        <dd>{session.producers.map((p) => `${p.name} (${p.province})`).join(", ")}</dd>
      </dl>
      <p className="mt-2 text-sm">{productLineText(session.products.map((p) => p.name), SHOWN_PRODUCTS, (count) => fill(t.home.more, { count }))}</p>
      {status === "LIVE" && session.liveUrl && (
        <a href={session.liveUrl} rel="noopener" target="_blank" className="mt-3 inline-flex justify-center rounded-md bg-live px-3 py-2 text-sm font-semibold text-white">
          {t.home.watchLive}
        </a>
      )}
    </article>
  );
}
