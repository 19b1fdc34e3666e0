import type { Metadata } from "next";
import { ScheduleWeek } from "@/components/schedule/schedule-week";
import { localeFromParams } from "@/lib/i18n/server";
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
  const values = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"));
  return <ScheduleWeek locale={locale} week={(await params).week} values={values} />;
}
