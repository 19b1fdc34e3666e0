import { randomUUID } from "node:crypto";
import { ImportForm } from "@/components/admin/import-form";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatNumber, formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listRecentImports } from "@/lib/results/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.revenue.importTitle);

export default async function ImportResults({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/revenue/import"));
  const t = getMessages(locale).staff;
  const imports = await listRecentImports(user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.revenue.importTitle}</h1>
      <p className="text-stone-700">{t.revenue.importIntro}</p>
      <p className="text-sm text-stone-700">{t.revenue.columns}</p>
      <p className="text-sm">
        <a href="/templates/ket-qua-phien.csv" download className="font-semibold text-brand-700 underline">{t.revenue.templateCsv}</a>
      </p>
      <ImportForm t={t.revenue} errors={t.errors} job={randomUUID()} locale={locale} />
      <section aria-labelledby="recent" className="space-y-3">
        <h2 id="recent" className="text-lg font-bold">{t.revenue.recent}</h2>
        {imports.length === 0 ? (
          <p className="text-stone-600">{t.common.none}</p>
        ) : (
          <DataTable label={t.revenue.recent} columns={[t.revenue.at, t.revenue.by, t.revenue.fileName, t.revenue.size, t.revenue.rows, "SHA-256"]}>
            {imports.map((i) => (
              <tr key={i.id} className="border-t border-stone-100">
                <td className="whitespace-nowrap px-3 py-2">{formatVnDateTime(new Date(i.createdAt), locale)}</td>
                <td className="px-3 py-2">{i.importedBy}</td>
                <td className="px-3 py-2">{i.fileName}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatNumber(Math.ceil(i.sizeBytes / 1024), locale)} KB</td>
                <td className="whitespace-nowrap px-3 py-2">
                  {formatNumber(i.rowCount, locale)} (+{i.createdCount} / ~{i.updatedCount})
                </td>
                <td className="px-3 py-2 font-mono text-xs" title={i.sha256}>{i.sha256.slice(0, 12)}…</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
