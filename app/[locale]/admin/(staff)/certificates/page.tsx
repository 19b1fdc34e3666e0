import Link from "next/link";
import { Pager } from "@/components/admin/pager";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatLocalDate } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listCertificates } from "@/lib/reviews/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.certificates.title);

export default async function Certificates({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ which?: string; page?: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/certificates"));
  const t = getMessages(locale).staff;
  const query = await searchParams;
  const which = query.which === "expired" ? "expired" : "expiring";
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const list = await listCertificates(user, which, page);
  const base = localePath(locale, "/admin/certificates");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.certificates.title}</h1>
      <p className="text-stone-700">{t.certificates.intro}</p>
      <nav aria-label={t.certificates.title}>
        <ul className="flex flex-wrap gap-2">
          {(["expiring", "expired"] as const).map((w) => (
            <li key={w}>
              <Link
                href={`${base}?which=${w}`}
                aria-current={w === which ? "page" : undefined}
                className="inline-flex rounded-full border border-stone-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {t.certificates[w]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.common.none}</p>
      ) : (
        <DataTable label={t.certificates[which]} columns={[t.certificates.product, t.reviews.producer, t.reviews.province, t.reviews.stars, t.reviews.decisionNumber, t.reviews.expiresOn, t.certificates.daysLeft]}>
          {list.items.map((c) => (
            <tr key={c.productId} className="border-t border-stone-100">
              <td className="px-3 py-2">
                <Link href={localePath(locale, `/admin/reviews/products/${c.productId}`)} className="underline">{c.productName}</Link>
              </td>
              <td className="px-3 py-2">{c.producerName}</td>
              <td className="px-3 py-2">{c.province}</td>
              <td className="px-3 py-2">{c.stars}★</td>
              <td className="px-3 py-2">{c.decisionNumber}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatLocalDate(c.expiresOn, locale)}</td>
              <td className={`whitespace-nowrap px-3 py-2 ${c.daysLeft < 0 ? "text-red-800" : "text-amber-900"}`}>
                {c.daysLeft < 0 ? fill(t.certificates.daysAgo, { days: -c.daysLeft }) : fill(t.certificates.days, { days: c.daysLeft })}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager basePath={base} params={{ which }} page={page} total={list.total} pageSize={list.pageSize} t={t.common} />
    </div>
  );
}
