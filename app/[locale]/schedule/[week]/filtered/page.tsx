import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ScheduleWeek } from "@/components/schedule/schedule-week";
import { localeFromParams } from "@/lib/i18n/server";
import { parseScheduleFilters } from "@/lib/sessions/filters";
import { listWeekSessions, scheduleWeekRange } from "@/lib/sessions/queries";
import { mondayOfIsoWeek } from "@/lib/time";
import { generateMetadata as weekMetadata } from "../page";

/**
 * /schedule?week=…&province=… with a filter set is rewritten here by proxy.ts: the filter form
 * sent (it is a plain GET form, so this works on a phone whose scripts have not loaded, or are
 * off), or a shared filtered link. Rendered per request, filtered on the server, the form showing
 * the values sent.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; week: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // One page per filter combination: not for search engines (the week's page is).
  return { ...(await weekMetadata({ params })), robots: { index: false, follow: true } };
}

export default async function FilteredSchedulePage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { week } = await params;
  const monday = mondayOfIsoWeek(week);
  const range = await scheduleWeekRange();
  if (!monday || monday < range.first || monday > range.last) notFound();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") query.set(key, value);
  return (
    <ScheduleWeek
      locale={locale}
      week={week}
      monday={monday}
      range={range}
      sessions={await listWeekSessions(monday)}
      filters={parseScheduleFilters(query)}
      values={Object.fromEntries(query)}
    />
  );
}
