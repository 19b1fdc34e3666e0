"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartDatum } from "@/components/charts/chart-data";
import { ChartTooltip } from "@/components/charts/chart-tooltip";
import { formatVndShort } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A series over time (sessions, weeks, months) as columns on a time axis, oldest first, with a
 * value scale in short VND; the axis thins its labels so they never run together. Keyboard and
 * touch reach each column's tooltip; the table beside it is the accessible equivalent.
 */
export function TimeChart({ data, label, locale }: { data: ChartDatum[]; label: string; locale: Locale }) {
  const short = (v: number) => formatVndShort(v, locale);
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-2 break-inside-avoid sm:p-3" data-chart="time">
      {/* Shorter on a phone, where the list below matters more. */}
      <div className="h-40 sm:h-64">
      <BarChart data={data} responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 8, bottom: 4, left: 4 }} accessibilityLayer role="img" aria-label={label}>
        <CartesianGrid vertical={false} stroke="#e7e5e4" />
        <XAxis dataKey="name" interval="preserveStartEnd" minTickGap={12} tick={{ fontSize: 12, fill: "#57534e" }} />
        <YAxis tickFormatter={short} width={76} tick={{ fontSize: 12, fill: "#57534e" }} allowDecimals={false} />
        <Tooltip content={<ChartTooltip locale={locale} />} cursor={{ fill: "#f5f5f4" }} />
        <Bar dataKey="value" fill="#1f7a35" maxBarSize={48} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
      </div>
      <figcaption className="mt-1 text-xs text-stone-600 sm:text-sm">{label}</figcaption>
    </figure>
  );
}
