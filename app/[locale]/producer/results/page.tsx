import Link from "next/link";
import { TimeChart } from "@/components/charts/time-chart";
import { requireRole } from "@/lib/auth/guards";
import { formatDayMonth, formatMonth, formatNumber, formatVnd, formatVnDateTime, formatVndShort } from "@/lib/format";
import { vnDateOf } from "@/lib/time";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
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
  // Newest month first, its sessions newest first: a phone reads the latest without scrolling.
  const months = new Map<string, typeof results>();
  for (const r of results) {
    const month = vnDateOf(new Date(r.startsAt)).slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), r]);
  }
  const byMonth = [...months];
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
            <TimeChart
              locale={locale}
              label={t.results.chartLabel}
              data={chronological.map((r) => {
                const date = formatDayMonth(new Date(r.startsAt));
                return { name: date, value: Number(r.gmvVnd), tooltip: `${formatVnDateTime(new Date(r.startsAt), locale)} · ${r.title}` };
              })}
            />
          </section>
          <section aria-labelledby="by-session" className="space-y-4">
            <h2 id="by-session" className="text-lg font-bold">{t.results.bySession}</h2>
            {byMonth.map(([month, sessions]) => (
              <section key={month} aria-labelledby={`m-${month}`}>
                <h3 id={`m-${month}`} className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-stone-300 pb-1 font-semibold">
                  <span>{formatMonth(month, locale)}</span>
                  <span className="text-sm font-normal tabular-nums text-stone-700">
                    {fill(t.results.monthTotal, { count: n(sessions.length), gmv: formatVndShort(sessions.reduce((a, r) => a + BigInt(r.gmvVnd), 0n), locale) })}
                  </span>
                </h3>
                <ul aria-labelledby={`m-${month}`}>
                  {sessions.map((r) => (
                    <li key={r.sessionId} className="border-b border-stone-200">
                      {/* The whole row opens the session's products: short on a phone, one tap for the detail. */}
                      <details className="group">
                        <summary className="cursor-pointer list-none py-1.5 [&::-webkit-details-marker]:hidden">
                          <span className="block font-medium">{r.title}</span>
                          <span className="flex items-baseline justify-between gap-3">
                            <span className="text-xs text-stone-600">
                              {formatVnDateTime(new Date(r.startsAt), locale)} ·{" "}
                              <span className="font-medium text-brand-700 underline">{fill(t.results.byProduct, { count: n(r.products.length) })}</span>
                            </span>
                            <span className="whitespace-nowrap font-semibold tabular-nums">{money(r.gmvVnd)}</span>
                          </span>
                        </summary>
                        <p className="pl-3 text-xs text-stone-600">{fill(t.results.counts, { orders: n(r.orders), units: n(r.unitsSold) })}</p>
                        <ul className="mb-2 space-y-1 pl-3 text-sm">
                          {r.products.map((p) => (
                            <li key={p.name} className="flex items-baseline justify-between gap-3">
                              <span className="min-w-0">
                                {p.name}
                                <span className="block text-xs text-stone-600">{fill(t.results.counts, { orders: n(p.orders), units: n(p.unitsSold) })}</span>
                              </span>
                              <span className="whitespace-nowrap tabular-nums">{money(p.gmvVnd)}</span>
                            </li>
                          ))}
                        </ul>
                      </details>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
