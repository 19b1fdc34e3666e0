import { CategoryChart } from "@/components/charts/category-chart";
import { topWithOthers } from "@/components/charts/chart-data";
import { TimeChart } from "@/components/charts/time-chart";
import { StatCard } from "@/components/ui/stat-card";
import { DataTable } from "@/components/ui/data-table";
import { formatLocalDate, formatNumber, formatShare, formatVnd, formatVndShort } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { reportQuery, type ReportFilters } from "@/lib/reports/filters";
import { rowLabel } from "@/lib/reports/labels";
import type { Figures } from "@/lib/reports/queries";
import type { getReport } from "@/lib/reports/report";

type Report = Awaited<ReturnType<typeof getReport>>;

function change(current: bigint, previous: bigint, t: ReturnType<typeof getMessages>["staff"]["reports"], locale: Locale) {
  if (previous === 0n) return t.noPrevious;
  const pct = (Number(current - previous) / Number(previous)) * 100;
  const sign = pct > 0 ? "+" : "";
  return fill(t.vsPrevious, { value: `${sign}${pct.toLocaleString(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 })}%` });
}

/** Bars a breakdown's chart draws before the rest become one "others" bar. */
const CHART_TOP = 10;

const avg = (f: Figures) => (f.sessions ? BigInt(f.gmv) / BigInt(f.sessions) : 0n);

/** Cancelled, refunded and damage-refunded shares of the gross (the GMV shown may be net of the first two). */
function rates(f: Pick<Figures, "gmv" | "cancelled" | "refunded" | "damage">, filters: ReportFilters, locale: Locale) {
  const gross = Number(f.gmv) + (filters.measure === "net" ? Number(f.cancelled) + Number(f.refunded) : 0);
  const pct = (part: string) => formatShare(Number(part), gross, locale);
  return { cancel: pct(f.cancelled), refund: pct(f.refunded), damage: pct(f.damage) };
}

/** The report: headline figures, then each breakdown as a chart and an accessible table with its CSV export. */
export function ReportView({ report, filters, locale, print = false }: { report: Report; filters: ReportFilters; locale: Locale; print?: boolean }) {
  const all = getMessages(locale);
  const t = all.staff.reports;
  const n = (v: number) => formatNumber(v, locale);
  const money = (v: string | bigint) => formatVnd(BigInt(v), locale);
  const gmvLabel = filters.measure === "net" ? t.gmvNet : t.gmv;
  return (
    <div className="space-y-8">
      <section aria-labelledby="headlines" className="space-y-4">
        <h2 id="headlines" className="sr-only">{t.title}</h2>
        {(["week", "fourWeeks", "year"] as const).map((k) => {
          const h = report.headlines[k];
          return (
            <div key={k} className="space-y-2">
              <h3 className="font-semibold">
                {t.headlines[k]} <span className="text-sm font-normal text-stone-600">({formatLocalDate(h.current.from, locale)} – {formatLocalDate(h.current.to, locale)})</span>
              </h3>
              <div className="grid gap-3 sm:grid-cols-3">
                <StatCard label={gmvLabel} value={formatVndShort(BigInt(h.current.gmv), locale)} exact={money(h.current.gmv)} />
                <StatCard label={t.orders} value={n(h.current.orders)} />
                <StatCard label={t.units} value={n(h.current.units)} />
                <StatCard label={t.sessions} value={n(h.current.sessions)} />
                <StatCard label={t.producers} value={n(h.current.producers)} />
                <StatCard label={t.avgGmv} value={formatVndShort(avg(h.current), locale)} exact={money(avg(h.current))} />
              </div>
              <p className="text-sm text-stone-700">
                {gmvLabel}: {change(BigInt(h.current.gmv), BigInt(h.previous.gmv), t, locale)} · {t.orders}: {change(BigInt(h.current.orders), BigInt(h.previous.orders), t, locale)} ·{" "}
                {t.sessions}: {change(BigInt(h.current.sessions), BigInt(h.previous.sessions), t, locale)}
              </p>
              <p className="text-sm text-stone-700">{fill(t.ratesLine, rates(h.current, filters, locale))}</p>
            </div>
          );
        })}
      </section>

      {(Object.keys(report.tables) as (keyof Report["tables"])[]).map((b) => {
        const rows = report.tables[b];
        const title = b === "period" ? `${t.breakdowns.period} (${t.periods[filters.period]})` : t.breakdowns[b];
        const labelled = rows.map((r) => ({ ...r, name: rowLabel(b, r, locale, filters.period) }));
        return (
          <section key={b} aria-labelledby={`b-${b}`} className="space-y-3 break-inside-avoid">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`b-${b}`} className="text-lg font-bold">{title}</h2>
              {!print && rows.length > 0 && (
                <a href={`${localePath(locale, "/admin/reports/export")}?${reportQuery(filters, { table: b })}`} className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100" download>
                  {t.exportCsv}
                  <span className="sr-only"> — {title}</span>
                </a>
              )}
            </div>
            {rows.length === 0 ? (
              <p className="text-stone-600">{t.empty}</p>
            ) : (
              <>
                {b === "period" ? (
                  <TimeChart locale={locale} label={`${title} — ${gmvLabel}`} data={labelled.map((r) => ({ name: r.name, value: Number(r.gmv), tooltip: r.name }))} />
                ) : (
                  <CategoryChart
                    locale={locale}
                    label={`${title} — ${gmvLabel}. ${labelled.length > CHART_TOP ? fill(t.chartTop, { count: CHART_TOP }) : ""}`}
                    data={topWithOthers(
                      labelled.map((r) => ({ name: r.name, value: Number(r.gmv) })),
                      CHART_TOP,
                      (count) => ({ name: fill(t.others, { count }), tooltip: fill(t.others, { count }) }),
                      (r) => r.name,
                    )}
                  />
                )}
                <DataTable label={title} columns={[t.name, { label: gmvLabel, numeric: true }, { label: t.rates, numeric: true }, { label: t.orders, numeric: true }, { label: t.units, numeric: true }, { label: t.sessions, numeric: true }]}>
                  {labelled.map((r) => {
                    const share = rates(r, filters, locale);
                    return (
                    <tr key={r.key} className="border-t border-stone-100">
                      <th scope="row" className="px-3 py-2 font-normal">{r.name}</th>
                      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(r.gmv)}</td>
                      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                        {share.cancel} · {share.refund} · {share.damage}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{n(r.orders)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{n(r.units)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{n(r.sessions)}</td>
                    </tr>
                    );
                  })}
                </DataTable>
              </>
            )}
          </section>
        );
      })}

      <section aria-labelledby="growth" className="space-y-3 break-inside-avoid">
        <h2 id="growth" className="text-lg font-bold">{t.growth}</h2>
        <p className="text-sm text-stone-700">
          {t.growthIntro} {filters.measure === "net" && t.growthGross}
        </p>
        {report.growth.length === 0 ? (
          <p className="text-stone-600">{t.empty}</p>
        ) : (
          <DataTable label={t.growth} columns={[t.name, t.firstSession, t.lastSession, { label: t.sessions, numeric: true }, { label: t.totalGmv, numeric: true }]}>
            {report.growth.map((g) => (
              <tr key={g.producerId} className="border-t border-stone-100">
                <th scope="row" className="px-3 py-2 font-normal">{g.name}</th>
                <td className="whitespace-nowrap px-3 py-2">{formatLocalDate(g.firstDay, locale)}: {money(g.firstGmv)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatLocalDate(g.lastDay, locale)}: {money(g.lastGmv)}</td>
                <td className="px-3 py-2 text-right">{n(g.sessions)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right">{money(g.totalGmv)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
