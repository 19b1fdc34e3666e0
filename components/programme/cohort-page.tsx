import type { Metadata } from "next";
import { BarChart } from "@/components/charts/bar-chart";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { formatMonth, formatNumber, formatVnd, formatVndShort, formatVnDate } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { listCohortStories } from "@/lib/programme/cohort";
import { COHORT_PATHS } from "@/lib/programme/rules";

export function cohortMetadata(locale: Locale): Metadata {
  const t = getMessages(locale).programme.cohort;
  return {
    title: t.title,
    description: t.intro,
    alternates: { canonical: localePath(locale, COHORT_PATHS[locale]), languages: { vi: COHORT_PATHS.vi, en: localePath("en", COHORT_PATHS.en) } },
  };
}

/**
 * The public "Hạt giống OCOP" page: each producer of the cohort with their first and latest session
 * and, where they agreed to publish it, their GMV by month as a chart (no JavaScript) and a table.
 */
export async function CohortPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  const c = t.programme.cohort;
  const stories = await listCohortStories();
  const date = (iso: string | null) => (iso ? formatVnDate(new Date(iso), locale) : c.noSession);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{c.title}</h1>
        <p className="max-w-3xl text-stone-700">{c.intro}</p>
      </header>
      {stories.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{c.empty}</p>
      ) : (
        <ul className="space-y-6">
          {stories.map((s) => {
            const first = s.months?.[0];
            const last = s.months?.at(-1);
            return (
              <li key={s.slug} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-bold">
                    <a href={localePath(locale, `/producers/${s.slug}`)} className="text-brand-700 underline">{s.name}</a>
                  </h2>
                  <Badge tone="green">{fill(c.since, { date: formatVnDate(new Date(s.joinedAt), locale) })}</Badge>
                </div>
                <p className="text-sm text-stone-700">
                  <a href={localePath(locale, `/provinces/${s.provinceSlug}`)} className="underline">{s.province}</a>
                </p>
                <dl className="grid gap-2 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="text-stone-600">{c.firstSession}</dt>
                    <dd className="font-semibold">{date(s.firstSession)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-600">{c.latestSession}</dt>
                    <dd className="font-semibold">{date(s.latestSession)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-600">{c.sessions}</dt>
                    <dd className="font-semibold tabular-nums">{formatNumber(s.sessions, locale)}</dd>
                  </div>
                </dl>
                {s.months && first && last ? (
                  <div className="space-y-2">
                    <h3 className="font-semibold">
                      {c.growth}: {fill(c.growthFrom, { from: formatVndShort(BigInt(first.gmvVnd), locale), to: formatVndShort(BigInt(last.gmvVnd), locale) })}
                    </h3>
                    <BarChart
                      label={fill(c.chartLabel, { name: s.name })}
                      bars={s.months.map((m) => ({ label: m.month.slice(5) + "/" + m.month.slice(2, 4), value: Number(m.gmvVnd), title: `${formatMonth(m.month, locale)}: ${formatVnd(BigInt(m.gmvVnd), locale)}` }))}
                    />
                    <DataTable label={fill(c.chartLabel, { name: s.name })} columns={[c.month, c.gmv]}>
                      {s.months.map((m) => (
                        <tr key={m.month} className="border-t border-stone-100">
                          <td className="px-3 py-2">{formatMonth(m.month, locale)}</td>
                          <td className="px-3 py-2 text-right tabular-nums">{formatVnd(BigInt(m.gmvVnd), locale)}</td>
                        </tr>
                      ))}
                    </DataTable>
                  </div>
                ) : (
                  <p className="text-sm text-stone-600">{s.months ? c.noSession : c.private}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
