import { SessionCard } from "@/components/sessions/session-card";
import { formatVnDate } from "@/lib/format";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { listSaturdaySessions } from "@/lib/sessions/queries";
import { comingSaturday, vnInstant } from "@/lib/time";

/** Static, regenerated at most every minute and whenever staff change sessions (tag). */
export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  const now = new Date();
  const saturday = comingSaturday(now);
  const sessions = await listSaturdaySessions(saturday);
  return (
    <div className="space-y-6">
      <section className="rounded-xl bg-brand-700 px-5 py-8 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t.home.heading}</h1>
        <p className="mt-2 max-w-2xl text-brand-50">{t.home.intro}</p>
      </section>
      <section aria-labelledby="saturday-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="saturday-heading" className="text-xl font-bold">
            {t.home.saturdayHeading} · <time dateTime={saturday}>{formatVnDate(vnInstant(saturday, "12:00"), locale)}</time>
          </h2>
          <p className="text-sm text-stone-600">{fill(t.home.sessionsCount, { count: sessions.length })}</p>
        </div>
        {sessions.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.home.empty}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {sessions.map((s) => (
              <li key={s.id} className="flex min-w-0">
                <SessionCard session={s} locale={locale} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
