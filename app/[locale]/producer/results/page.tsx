import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { requireRole } from "@/lib/auth/guards";
import { formatNumber, formatVnd, formatVnDateTime } from "@/lib/format";
import { TableScroll } from "@/components/ui/table-scroll";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listOwnResults } from "@/lib/results/owner-queries";

export const generateMetadata = privatePageMetadata((m) => m.results.title);

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/results"));
  const t = getMessages(locale);
  const measure = (await searchParams).gmv === "net" ? "net" : "gross";
  const results = await listOwnResults(user, measure);
  const n = (v: number) => formatNumber(v, locale);
  const money = (v: string) => formatVnd(BigInt(v), locale);
  const chronological = [...results].reverse();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t.results.title}</h1>
        <p className="text-stone-600">{t.results.intro}</p>
      </header>
      <nav aria-label={t.results.measure} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t.results.measure}:</span>
        {(["gross", "net"] as const).map((m) => (
          <Link
            key={m}
            href={`${localePath(locale, "/producer/results")}${m === "net" ? "?gmv=net" : ""}`}
            aria-current={measure === m ? "page" : undefined}
            className="rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
          >
            {t.results.measures[m]}
          </Link>
        ))}
      </nav>
      {results.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.results.none}</p>
      ) : (
        <>
          <section aria-labelledby="trend">
            <h2 id="trend" className="mb-2 text-lg font-bold">{t.results.trend}</h2>
            <BarChart
              label={t.results.chartLabel}
              bars={chronological.map((r) => {
                const date = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit" }).format(new Date(r.startsAt));
                return { label: date, value: Number(r.gmvVnd), title: `${date} · ${r.title}: ${money(r.gmvVnd)}` };
              })}
            />
          </section>
          <section aria-labelledby="table">
            <h2 id="table" className="sr-only">{t.results.title}</h2>
            <TableScroll label={t.results.title}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t.results.title}</caption>
                <thead className="bg-stone-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t.results.session}</th>
                    <th scope="col" className="px-3 py-2">{t.results.product}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t.results.orders}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t.results.units}</th>
                    <th scope="col" className="px-3 py-2 text-right">{measure === "net" ? t.results.gmvNet : t.results.gmv}</th>
                  </tr>
                </thead>
                {results.map((r) => (
                  <tbody key={r.sessionId} className="border-t-2 border-stone-200">
                    <tr className="bg-stone-50 font-semibold">
                      <th scope="rowgroup" className="px-3 py-2">
                        {r.title}
                        <span className="block text-xs font-normal text-stone-600">{formatVnDateTime(new Date(r.startsAt), locale)}</span>
                      </th>
                      <td className="px-3 py-2">{t.results.total}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{n(r.orders)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{n(r.unitsSold)}</td>
                      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(r.gmvVnd)}</td>
                    </tr>
                    {r.products.map((p) => (
                      <tr key={p.name} className="border-t border-stone-100">
                        <td className="px-3 py-2" />
                        <td className="px-3 py-2">{p.name}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{n(p.orders)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{n(p.unitsSold)}</td>
                        <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(p.gmvVnd)}</td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </TableScroll>
          </section>
        </>
      )}
    </div>
  );
}
