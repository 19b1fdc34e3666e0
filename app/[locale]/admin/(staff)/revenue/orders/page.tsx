import Link from "next/link";
import { InsideOutsideTable, MoneyCards, OrderImportsTable } from "@/components/orders/order-tables";
import { OrderImportForm } from "@/components/orders/order-import-form";
import { DataTable } from "@/components/ui/data-table";
import { StatCard } from "@/components/ui/stat-card";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatShare, formatVnd, formatVndShort } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getOrderReport, getShopOrderMonths, listOrderImports, listShopsForOrders } from "@/lib/orders/queries";

export const generateMetadata = privatePageMetadata((m) => m.orders.staffTitle);

/** Staff import a shop's order export, and read the programme's gross, net and damage returns by province. */
export default async function StaffOrders({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ shop?: string | string[] }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/revenue/orders"));
  const t = getMessages(locale).orders;
  const shop = (await searchParams).shop;
  const [shops, imports, report, shopMonths] = await Promise.all([
    listShopsForOrders(user),
    listOrderImports(user),
    getOrderReport(user),
    typeof shop === "string" ? getShopOrderMonths(user, shop) : null,
  ]);
  const pagePath = localePath(locale, "/admin/revenue/orders");
  const short = (v: string) => formatVndShort(BigInt(v), locale);
  const full = (v: string) => formatVnd(BigInt(v), locale);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.staffTitle}</h1>
        <p className="text-stone-700">{t.staffIntro}</p>
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{t.privacy}</p>
      </header>
      <OrderImportForm t={t} locale={locale} shops={shops} />
      <section aria-labelledby="totals" className="space-y-3">
        <h2 id="totals" className="text-lg font-bold">{t.provinceTitle}</h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <StatCard label={t.gross} value={short(report.total.gross)} exact={full(report.total.gross)} />
          <StatCard label={t.net} value={short(report.total.net)} exact={full(report.total.net)} />
          <StatCard label={t.damage} value={short(report.total.damage)} exact={full(report.total.damage)} tone={BigInt(report.total.damage) > 0n ? "warn" : "default"} />
        </div>
        {report.provinces.length === 0 ? (
          <p className="text-stone-600">{t.noneYet}</p>
        ) : (
          <MoneyCards label={t.provinceTitle} t={t} locale={locale} rows={report.provinces.map((p) => ({ ...p, key: p.province, title: p.province }))} />
        )}
      </section>
      <section aria-labelledby="shops" className="space-y-3">
        <h2 id="shops" className="text-lg font-bold">{t.shopsTitle}</h2>
        <p className="text-sm text-stone-600">{t.shopsIntro}</p>
        {report.shops.length > 0 && (
          <DataTable label={t.shopsTitle} columns={[t.producerColumn, { label: t.inside, numeric: true }, { label: t.outside, numeric: true }]}>
            {report.shops.map((s) => (
              <tr key={s.producer} className="border-t border-stone-100 align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {/* Its months, during and outside sessions, below the table. */}
                  <Link href={`${pagePath}?shop=${s.producerId}#by-month`} className="text-brand-700 underline" aria-label={fill(t.showMonths, { producer: s.producer })}>
                    {s.producer}
                  </Link>
                </th>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{full(s.inside)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{full(s.outside)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {shopMonths && (
        <section aria-labelledby="by-month" className="space-y-3">
          <h2 id="by-month" className="text-lg font-bold">{fill(t.shopMonthsTitle, { producer: shopMonths.producer })}</h2>
          <p className="text-sm text-stone-600">{t.monthsIntro}</p>
          {shopMonths.months.length === 0 ? (
            <p className="text-stone-600">{t.noneYet}</p>
          ) : (
            <InsideOutsideTable label={fill(t.shopMonthsTitle, { producer: shopMonths.producer })} months={shopMonths.months} t={t} locale={locale} />
          )}
        </section>
      )}
      <section aria-labelledby="damage" className="space-y-3">
        <h2 id="damage" className="text-lg font-bold">{t.damageListTitle}</h2>
        <p className="text-sm text-stone-600">{t.damageListIntro}</p>
        {report.damageProducts.length > 0 && (
          <DataTable label={t.damageListTitle} columns={[t.product, { label: t.damage, numeric: true }, { label: t.damageRate, numeric: true }]}>
            {report.damageProducts.map((p) => (
              <tr key={`${p.producer}-${p.product}`} className="border-t border-stone-100 align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {/* Where a damage complaint (source: damage returns) is recorded, and the packaging reviewed. */}
                  <Link href={`${localePath(locale, `/admin/reviews/products/${p.productId}`)}#complaints`} className="text-brand-700 underline">{p.product}</Link>
                  <span className="block text-xs font-normal text-stone-600">{p.producer}</span>
                </th>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{full(p.damage)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatShare(p.rate, 1, locale)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="recent" className="space-y-3">
        <h2 id="recent" className="text-lg font-bold">{t.recent}</h2>
        <OrderImportsTable imports={imports} t={t} locale={locale} showProducer />
      </section>
    </div>
  );
}
