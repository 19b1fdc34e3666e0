import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Stars } from "@/components/sessions/stars";
import { Countdown } from "@/components/sessions/countdown";
import { SessionStatusBadge } from "@/components/sessions/session-status";
import { ShareLinks } from "@/components/sessions/share-links";
import { googleCalendarUrl } from "@/lib/calendar/ics";
import { sessionEvent } from "@/lib/calendar/sessions";
import { formatVnd, formatVnDate, formatVnTimeRange } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { TOURISM_GROUP } from "@/lib/sessions/filters";
import { getPublicSession } from "@/lib/sessions/queries";
import { displayStatus } from "@/lib/sessions/status";
import { siteUrl } from "@/lib/site";

export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const session = await getPublicSession(id);
  if (!session) return {};
  const description = `${formatVnDate(new Date(session.startsAt), locale)} ${formatVnTimeRange(new Date(session.startsAt), new Date(session.endsAt), locale)} · ${session.host.name} · ${session.producers.map((p) => p.name).join(", ")}`;
  const image = session.products[0]?.imageUrl;
  return {
    title: session.title,
    description,
    openGraph: {
      title: session.title,
      description,
      type: "website",
      url: `${siteUrl()}${localePath(locale, `/sessions/${session.id}`)}`,
      images: image ? [{ url: `${siteUrl()}${image}`, width: 800, height: 800 }] : undefined,
      locale: locale === "vi" ? "vi_VN" : "en_GB",
    },
  };
}

export default async function SessionPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const session = await getPublicSession(id);
  if (!session) notFound();
  const t = getMessages(locale);
  const now = new Date();
  const status = displayStatus(session, now);
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const origin = siteUrl();
  const pageUrl = `${origin}${localePath(locale, `/sessions/${session.id}`)}`;
  const event = sessionEvent(session, origin, locale);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: session.title,
    startDate: session.startsAt,
    endDate: session.endsAt,
    eventStatus: session.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    location: { "@type": "VirtualLocation", url: session.liveUrl ?? session.channel.url },
    organizer: { "@type": "Organization", name: "Chợ phiên OCOP", url: origin },
    performer: { "@type": "Person", name: session.host.name },
    image: session.products.slice(0, 3).map((p) => (p.imageUrl ? `${origin}${p.imageUrl}` : null)).filter(Boolean),
    description: event.description,
    url: pageUrl,
  };
  // Group-6 products are places to visit: listed with their province, as the session promotes them.
  const destinations = session.products
    .filter((p) => p.groupId === TOURISM_GROUP)
    .map((product) => ({ product, producer: session.producers.find((x) => x.slug === product.producerSlug) }));
  return (
    <article className="space-y-6" aria-labelledby="session-title">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <header className="space-y-2">
        <SessionStatusBadge session={session} initial={status} labels={getMessages(locale).status} />
        <h1 id="session-title" className={`text-2xl font-bold ${session.status === "CANCELLED" ? "line-through" : ""}`}>
          {session.title}
        </h1>
        <p className="text-lg">
          <span className="sr-only">{t.session.when}: </span>
          <time dateTime={session.startsAt}>{formatVnDate(start, locale)}</time>,{" "}
          <span className="font-semibold">
            {formatVnTimeRange(start, end, locale)}
          </span>{" "}
          <span className="text-sm text-stone-600">(GMT+7)</span>
        </p>
        {status === "SCHEDULED" && <Countdown startsAt={session.startsAt} template={t.session.startsIn} locale={locale} />}
        {status === "CANCELLED" && <p className="rounded-md bg-red-50 p-3 text-red-800">{t.session.cancelledNote}</p>}
        {status === "COMPLETED" && <p className="text-stone-600">{t.session.endedNote}</p>}
      </header>

      <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[auto_1fr]">
        <dt className="text-stone-600">{t.home.host}</dt>
        <dd>
          {session.host.name}{" "}
          <a href={`https://www.tiktok.com/@${session.host.tiktokHandle}`} className="text-brand-700 underline" rel="noopener" target="_blank">
            @{session.host.tiktokHandle}
          </a>
        </dd>
        <dt className="text-stone-600">{t.home.channel}</dt>
        <dd>
          <a href={session.channel.url} className="text-brand-700 underline" rel="noopener" target="_blank">
            {session.channel.name}
          </a>
        </dd>
        {session.liveUrl && (
          <>
            <dt className="text-stone-600">{t.session.liveLink}</dt>
            <dd className="min-w-0 break-all">
              <a href={session.liveUrl} className="text-brand-700 underline" rel="noopener" target="_blank">
                {session.liveUrl}
              </a>
            </dd>
          </>
        )}
        {(session.theme.province || session.theme.groupId || session.theme.proudVietnamese || session.theme.destination) && (
          <>
            <dt className="text-stone-600">{t.session.theme}</dt>
            <dd className="flex flex-wrap gap-x-3">
              {session.theme.province && (
                <a href={localePath(locale, `/provinces/${session.theme.province.slug}`)} className="text-brand-700 underline">
                  {session.theme.province.name}
                </a>
              )}
              {session.theme.groupId && <span>{t.groups[session.theme.groupId as keyof typeof t.groups]}</span>}
              {session.theme.proudVietnamese && <span>{t.session.proud}</span>}
              {session.theme.destination && (
                <span>
                  {t.session.destination}: {session.theme.destination}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>

      {status === "LIVE" && session.liveUrl && (
        <a href={session.liveUrl} rel="noopener" target="_blank" className="inline-flex rounded-md bg-live px-4 py-3 font-semibold text-white">
          {t.session.watchLive}
        </a>
      )}

      <section aria-labelledby="calendar" className="space-y-2">
        <h2 id="calendar" className="text-lg font-bold">{t.session.addToCalendar}</h2>
        <div className="flex flex-wrap gap-2">
          <a href={`/sessions/${session.id}/calendar.ics`} download className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            {t.session.downloadIcs}
          </a>
          <a href={googleCalendarUrl(event)} target="_blank" rel="noopener" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100">
            {t.session.googleCalendar}
          </a>
        </div>
      </section>

      <section aria-labelledby="producers">
        <h2 id="producers" className="text-lg font-bold">{t.session.producers}</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {session.producers.map((p) => (
            <li key={p.slug}>
              <a href={localePath(locale, `/producers/${p.slug}`)} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
                {p.name} · {p.province}
                {p.seed && <span className="ml-1 rounded-full bg-brand-100 px-2 text-xs font-semibold text-brand-800">{t.session.seed}</span>}
              </a>
            </li>
          ))}
        </ul>
      </section>

      {destinations.length > 0 && (
        <section aria-labelledby="tourism" className="space-y-2">
          <h2 id="tourism" className="text-lg font-bold">{t.session.tourism}</h2>
          <p className="text-sm text-stone-600">{t.session.tourismIntro}</p>
          <ul className="space-y-1">
            {destinations.map(({ product, producer }) => (
              <li key={product.slug}>
                <a href={localePath(locale, `/products/${product.slug}`)} className="font-semibold text-brand-700 underline">{product.name}</a>
                {producer && (
                  <>
                    {" · "}
                    <a href={localePath(locale, `/provinces/${producer.provinceSlug}`)} className="underline">{producer.province}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="lineup">
        <h2 id="lineup" className="text-lg font-bold">{t.session.lineup}</h2>
        {session.products.length === 0 ? (
          <p className="text-stone-600">{t.session.noProducts}</p>
        ) : (
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {session.products.map((p) => (
              <li key={p.slug} className="flex items-center gap-3 rounded-lg border border-stone-200 bg-white p-3">
                {p.imageUrl && (
                  // eslint-disable-next-line @next/next/no-img-element -- generated SVGs: nothing to optimise
                  <img src={p.imageUrl} alt="" width={64} height={64} loading="lazy" decoding="async" className="h-16 w-16 shrink-0 rounded object-cover" />
                )}
                <div className="min-w-0 flex-1">
                  <a href={localePath(locale, `/products/${p.slug}`)} className="font-semibold hover:underline">
                    {p.name}
                  </a>
                  <div>
                    <Stars count={p.stars} label={t.stars} />
                  </div>
                  <p className="text-sm tabular-nums">
                    {formatVnd(p.priceVnd, locale)} <span className="text-stone-600">/ {p.unit}</span>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="share" className="space-y-2">
        <h2 id="share" className="text-lg font-bold">{t.session.share}</h2>
        <ShareLinks url={pageUrl} title={session.title} labels={t.session} />
      </section>
    </article>
  );
}
