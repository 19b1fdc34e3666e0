import { ProductGrid } from "@/components/products/product-grid";
import { Countdown } from "@/components/sessions/countdown";
import { SessionCard } from "@/components/sessions/session-card";
import { SessionRow } from "@/components/sessions/session-row";
import { formatVnDate } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { listHighlights } from "@/lib/products/queries";
import { listSaturdaySessions } from "@/lib/sessions/queries";
import { displayStatus } from "@/lib/sessions/status";
import { comingSaturday, marketSaturday, vnInstant } from "@/lib/time";

/** Static, regenerated at most every minute and whenever staff change sessions (tag). */
export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  const now = new Date();
  // Today's Saturday until its sessions are over (a Saturday evening shows next week's).
  const coming = comingSaturday(now);
  const [comingSessions, highlights] = await Promise.all([listSaturdaySessions(coming), listHighlights(8)]);
  const lastEnd = comingSessions.filter((s) => s.status !== "CANCELLED").reduce<Date | null>((m, s) => (!m || new Date(s.endsAt) > m ? new Date(s.endsAt) : m), null);
  const saturday = marketSaturday(now, lastEnd);
  const sessions = saturday === coming ? comingSessions : await listSaturdaySessions(saturday);
  const live = sessions.filter((s) => displayStatus(s, now) === "LIVE");
  const next = sessions.filter((s) => displayStatus(s, now) === "SCHEDULED");
  const nextStart = next[0]?.startsAt;
  const upNext = next.filter((s) => s.startsAt === nextStart);
  const rest = sessions.filter((s) => !live.includes(s) && !upNext.includes(s));
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-brand-700 px-5 py-8 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.home.heading}</h1>
        <p className="mt-2 max-w-2xl text-brand-50">{t.home.intro}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <a href={localePath(locale, "/schedule")} className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
            {t.home.fullSchedule}
          </a>
          <a href={localePath(locale, "/search")} className="rounded-md border border-white/70 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t.nav.search}
          </a>
        </p>
      </section>

      <section aria-labelledby="saturday-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="saturday-heading" className="text-xl font-bold">
            {t.home.saturdayHeading} · <time dateTime={saturday}>{formatVnDate(vnInstant(saturday, "12:00"), locale)}</time>
          </h2>
          <p className="text-sm text-stone-600">{fill(t.home.sessionsCount, { count: sessions.length })}</p>
        </div>
        {sessions.length === 0 && (
          <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.home.empty}</p>
        )}
        {live.length > 0 && (
          <SessionGroup id="live" title={t.home.liveNow} sessions={live} locale={locale} now={now} />
        )}
        {upNext.length > 0 && (
          <SessionGroup id="next" title={t.home.nextUp} sessions={upNext} locale={locale} now={now}>
            <Countdown startsAt={nextStart!} template={t.session.startsIn} locale={locale} />
          </SessionGroup>
        )}
      </section>

      {highlights.length > 0 && (
        <section aria-labelledby="highlights">
          <h2 id="highlights" className="text-xl font-bold">{t.home.highlights}</h2>
          <p className="text-sm text-stone-600">{t.home.highlightsIntro}</p>
          <ProductGrid products={highlights} locale={locale} className="mt-4" />
          <p className="mt-3">
            <a href={localePath(locale, "/products")} className="font-semibold text-brand-800 hover:underline">
              {t.catalogue.all} <span aria-hidden="true">→</span>
            </a>
          </p>
        </section>
      )}

      {rest.length > 0 && (
        <section aria-labelledby="rest-heading">
          <h2 id="rest-heading" className="text-xl font-bold">{live.length + upNext.length > 0 ? t.home.restOfDay : t.home.saturdayHeading}</h2>
          <SessionRows sessions={rest} locale={locale} now={now} />
        </section>
      )}
    </div>
  );
}

/** Cards for the first few (what to watch now or next); more at the same time as compact rows. */
const GROUP_CARDS = 3;

function SessionGroup({
  id,
  title,
  sessions,
  locale,
  now,
  children,
}: {
  id: string;
  title: string;
  sessions: Awaited<ReturnType<typeof listSaturdaySessions>>;
  locale: "vi" | "en";
  now: Date;
  children?: React.ReactNode;
}) {
  const more = sessions.slice(GROUP_CARDS);
  return (
    <section aria-labelledby={`group-${id}`} className="mt-6">
      <h3 id={`group-${id}`} className="text-lg font-bold">
        {title}
      </h3>
      {children}
      <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sessions.slice(0, GROUP_CARDS).map((s) => (
          <li key={s.id} className="flex min-w-0">
            <SessionCard session={s} locale={locale} now={now} />
          </li>
        ))}
      </ul>
      {more.length > 0 && <SessionRows sessions={more} locale={locale} now={now} />}
    </section>
  );
}

function SessionRows({ sessions, locale, now }: { sessions: Awaited<ReturnType<typeof listSaturdaySessions>>; locale: "vi" | "en"; now: Date }) {
  return (
    <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white px-3">
      {sessions.map((s) => (
        <li key={s.id}>
          <SessionRow session={s} locale={locale} now={now} />
        </li>
      ))}
    </ul>
  );
}
