import type { Metadata } from "next";
import { ScheduleWeek } from "@/components/schedule/schedule-week";
import { formatWeek } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { mondayOfIsoWeek } from "@/lib/time";

/**
 * /schedule?week=2026-W49 is rewritten here by proxy.ts, so each week is one static page,
 * rendered on first visit and revalidated. With a filter in the query string proxy.ts sends the
 * request to ./filtered instead, which applies it on the server.
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
  return <ScheduleWeek locale={locale} week={(await params).week} />;
}
