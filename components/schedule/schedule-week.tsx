import { notFound } from "next/navigation";
import { ScheduleFilterForm } from "@/components/schedule/schedule-filters";
import { SessionTimeline } from "@/components/schedule/session-timeline";
import { formatWeek } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { filterSessions, parseScheduleFilters } from "@/lib/sessions/filters";
import { listWeekSessions, scheduleWeekRange } from "@/lib/sessions/queries";
import { addDays, comingSaturday, isoWeekOf, mondayOfIsoWeek } from "@/lib/time";

/**
 * One week of the schedule (`week`: "2026-W50"; a week outside the programme's is a 404): the
 * week's navigation, the filter form and the sessions. The static page passes no values; the
 * filtered page — the form submitted, or a shared filtered link — passes the URL's, and the
 * server leaves out what does not match and says so. No script filters.
 */
export async function ScheduleWeek({ locale, week, values }: { locale: Locale; week: string; values?: Record<string, string> }) {
  const monday = mondayOfIsoWeek(week);
  const range = await scheduleWeekRange();
  if (!monday || monday < range.first || monday > range.last) notFound();
  const all = await listWeekSessions(monday);
  const filters = values && parseScheduleFilters(new URLSearchParams(values));
  const t = getMessages(locale);
  const words = { schedule: t.schedule, regions: t.regions, groups: t.groups };
  const hosts = [...new Map(all.map((s) => [s.host.tiktokHandle, s.host])).values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const outcome = filters ? filterSessions(all, filters) : null;
  const sessions = outcome ? outcome.sessions : all;
  const weekLink = (w: string) => `${localePath(locale, "/schedule")}?week=${w}`;
  const current = isoWeekOf(comingSaturday());
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{t.schedule.title}</h1>
        <p className="text-stone-600">{t.schedule.intro}</p>
      </header>
      <nav aria-label={formatWeek(monday, locale)} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-white p-2">
        {monday > range.first ? (
          <a href={weekLink(isoWeekOf(addDays(monday, -7)))} className="rounded-md px-3 py-2 hover:bg-stone-100" rel="prev">
            ← {t.schedule.prevWeek}
          </a>
        ) : (
          <span aria-hidden="true" className="px-3 py-2" />
        )}
        <p className="text-center font-semibold">
          {formatWeek(monday, locale)}
          {week !== current && (
            <a href={weekLink(current)} className="text-sm font-normal text-brand-700 underline">
              {t.schedule.thisWeek}
            </a>
          )}
        </p>
        {monday < range.last ? (
          <a href={weekLink(isoWeekOf(addDays(monday, 7)))} className="rounded-md px-3 py-2 hover:bg-stone-100" rel="next">
            {t.schedule.nextWeek} →
          </a>
        ) : (
          <span aria-hidden="true" className="px-3 py-2" />
        )}
      </nav>
      <ScheduleFilterForm t={words} week={week} hosts={hosts} values={values} />
      {/* How many, and what an old province name typed became (or that no province has that name). */}
      <div>
        <p className="text-sm text-stone-600">{fill(t.schedule.count, { count: sessions.length })}</p>
        {outcome?.province?.merged && (
          <p className="mt-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
            {fill(t.schedule.provinceMerged, { input: outcome.province.matchedName, province: outcome.province.province.name })}
          </p>
        )}
        {outcome?.provinceUnknown && (
          <p role="alert" className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
            {fill(t.schedule.provinceUnknown, { input: filters!.province! })}
          </p>
        )}
      </div>
      {sessions.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{all.length === 0 ? t.schedule.emptyWeek : t.schedule.emptyFiltered}</p>
      ) : (
        <SessionTimeline sessions={sessions} locale={locale} />
      )}
    </div>
  );
}
