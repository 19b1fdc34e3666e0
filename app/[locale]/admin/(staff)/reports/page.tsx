import Link from "next/link";
import { ReportFiltersForm } from "@/components/admin/report-filters";
import { ReportView } from "@/components/admin/report-view";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listChannels, listHosts } from "@/lib/reference/queries";
import { parseReportFilters, reportQuery } from "@/lib/reports/filters";
import { getReport } from "@/lib/reports/report";

export const generateMetadata = privatePageMetadata((m) => m.staff.reports.title);

export default async function Reports({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/reports"));
  const all = getMessages(locale);
  const t = all.staff.reports;
  const filters = parseReportFilters(await searchParams);
  const [report, hosts, channels] = await Promise.all([getReport(user, filters), listHosts(user), listChannels(user)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <Link href={`${localePath(locale, "/admin/reports/print")}?${reportQuery(filters)}`} className="rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100">
          {t.print}
        </Link>
      </div>
      <p className="text-stone-700">{t.intro}</p>
      <ReportFiltersForm action={localePath(locale, "/admin/reports")} filters={filters} hosts={hosts} channels={channels} t={t} groups={all.groups} all={all.staff.common.all} />
      <ReportView report={report} filters={filters} locale={locale} />
    </div>
  );
}
