import { PrintButton } from "@/components/admin/print-button";
import { ReportView } from "@/components/admin/report-view";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatLocalDate } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { parseReportFilters } from "@/lib/reports/filters";
import { describeReportFilters } from "@/lib/reports/describe";
import { getReport } from "@/lib/reports/report";

export const generateMetadata = privatePageMetadata((m) => m.staff.reports.title);

/** The report for a date range on paper: its filters, the charts and tables, no navigation; sections kept whole where they fit. */
export default async function PrintReport({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/reports/print"));
  const t = getMessages(locale).staff.reports;
  const filters = parseReportFilters(await searchParams);
  const [report, described] = await Promise.all([getReport(user, filters), describeReportFilters(user, filters, locale)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{fill(t.printTitle, { from: formatLocalDate(filters.from, locale), to: formatLocalDate(filters.to, locale) })}</h1>
        <PrintButton label={t.print} />
      </div>
      <dl aria-label={t.filters} className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-lg border border-stone-200 bg-white p-3 text-sm sm:grid-cols-4">
        {described.map((d) => (
          <div key={d.label}>
            <dt className="text-stone-600">{d.label}</dt>
            <dd className="font-semibold">{d.value}</dd>
          </div>
        ))}
      </dl>
      <ReportView report={report} filters={filters} locale={locale} print />
    </div>
  );
}
