import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { SCHEDULE_FORM_ID, ScheduleFilterForm } from "@/components/schedule/schedule-filters";
import { ScheduleFilterValues } from "@/components/schedule/schedule-filter-values";
import { SessionTimeline } from "@/components/schedule/session-timeline";
import { ScheduleFilterResult } from "@/components/schedule/schedule-view";
import { formatWeek } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { listWeekSessions, scheduleWeekRange } from "@/lib/sessions/queries";
import { foldVietnamese } from "@/lib/text";
import { addDays, comingSaturday, isoWeekOf, mondayOfIsoWeek } from "@/lib/time";

/**
 * /schedule?week=2026-W49 is rewritten here by proxy.ts, so each week is one static page,
 * rendered on first visit and revalidated. Filters stay in the query string and are applied
 * in the browser to the week's few dozen sessions.
 */
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; week: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const { week } = await params;
  const t = getMessages(locale);
  const monday = mondayOfIsoWeek(week);
  return { title: monday ? `${t.schedule.title} · ${formatWeek(monday, locale)}` : t.schedule.title, description: t.schedule.intro };
}

export default async function SchedulePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { week } = await params;
  const monday = mondayOfIsoWeek(week);
  const range = await scheduleWeekRange();
  if (!monday || monday < range.first || monday > range.last) notFound();
  const t = getMessages(locale);
  const words = { schedule: t.schedule, regions: t.regions, groups: t.groups };
  const sessions = await listWeekSessions(monday);
  const hosts = [...new Map(sessions.map((s) => [s.host.tiktokHandle, s.host])).values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
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
      <ScheduleFilterForm t={words} week={week} hosts={hosts}>
        <Suspense>
          <ScheduleFilterValues formId={SCHEDULE_FORM_ID} />
        </Suspense>
      </ScheduleFilterForm>
      <Suspense fallback={<p className="text-sm text-stone-600">{fill(t.schedule.count, { count: sessions.length })}</p>}>
        <ScheduleFilterResult
          total={sessions.length}
          producers={sessions.map((s) => foldVietnamese(s.producers.map((p) => p.name).join(", ")))}
          t={{ schedule: { count: t.schedule.count, provinceMerged: t.schedule.provinceMerged, provinceUnknown: t.schedule.provinceUnknown, emptyFiltered: t.schedule.emptyFiltered } }}
        />
      </Suspense>
      {sessions.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.schedule.emptyWeek}</p>
      ) : (
        <SessionTimeline sessions={sessions} locale={locale} week={week} />
      )}
    </div>
  );
}
