import Link from "next/link";
import { notFound } from "next/navigation";
import { ResultsForm } from "@/components/admin/results-form";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnDate, formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getSessionResults } from "@/lib/results/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.revenue.resultsTitle);

export default async function SessionResults({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, `/admin/sessions/${id}/results`));
  const data = await getSessionResults(user, id);
  if (!data) notFound();
  const t = getMessages(locale).staff;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={localePath(locale, `/admin/sessions/${id}`)} className="underline">← {data.title}</Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t.revenue.resultsTitle}: {data.title}
      </h1>
      <p>{formatVnDate(new Date(data.startsAt), locale)}</p>
      {data.session ? (
        <p className="text-sm text-stone-700">
          {fill(t.revenue.enteredBy, { name: data.session.enteredBy ?? "—", at: formatVnDateTime(new Date(data.session.updatedAt), locale) })}
          {data.session.importFile ? ` (${fill(t.revenue.importedFrom, { file: data.session.importFile })})` : ""}
          {" · "}
          <Link href={`${localePath(locale, "/admin/audit")}?entityType=LiveSession&entityId=${id}&action=RESULTS_RECORDED`} className="underline">{t.common.history}</Link>
        </p>
      ) : (
        <p className="text-stone-600">{t.revenue.noResults}</p>
      )}
      {data.fromOrders.length > 0 && (
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{fill(t.revenue.fromOrders, { products: data.fromOrders.join(", ") })}</p>
      )}
      {data.over ? (
        <ResultsForm sessionId={id} session={data.session} lines={data.lines} t={t.revenue} common={t.common} errors={t.errors} locale={locale} />
      ) : (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 p-3">{t.revenue.notOver}</p>
      )}
    </div>
  );
}
