import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleWeek } from "@/components/schedule/schedule-week";
import { formatWeek } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { listWeekSessions, scheduleWeekRange } from "@/lib/sessions/queries";
import { mondayOfIsoWeek } from "@/lib/time";

/**
 * /schedule?week=2026-W49 is rewritten here by proxy.ts, so each week is one static page,
 * rendered on first visit and revalidated. Filters stay in the query string and are applied
 * in the browser to the week's few dozen sessions; a filter form sent without JavaScript goes to
 * ./filtered (proxy.ts), which applies them on the server.
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
  return <ScheduleWeek locale={locale} week={week} monday={monday} range={range} sessions={await listWeekSessions(monday)} />;
}
