"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { isOthers, niceCeil, type ChartDatum } from "@/components/charts/chart-data";
import { formatVndShort } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { ChartTooltip } from "@/components/charts/chart-tooltip";

const ROW = 46;

/** The category's full name written above its bar, so long names never overlap or shrink. */
function NameLabel(props: { x?: number | string; y?: number | string; value?: string | number | boolean | null }) {
  return (
    <text x={Number(props.x)} y={Number(props.y) - 6} fontSize={13} fill="#292524">
      {props.value}
    </text>
  );
}

/**
 * Categories (provinces, producers, products…) as horizontal bars with their full names, a value
 * scale in short VND and each bar's value at its end. Keyboard: the chart takes focus and the arrow
 * keys move the tooltip (recharts' accessibility layer); touch shows it too. Screen readers get the
 * table beside it, so the drawing is labelled, not read bar by bar.
 */
export function CategoryChart({ data, label, locale }: { data: ChartDatum[]; label: string; locale: Locale }) {
  const short = (v: number) => formatVndShort(v, locale);
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3 break-inside-avoid" data-chart="category">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height: data.length * ROW + 40 }}
        margin={{ top: 16, right: 8, bottom: 4, left: 4 }}
        barCategoryGap={0}
        accessibilityLayer
        role="img"
        aria-label={label}
      >
        <CartesianGrid horizontal={false} stroke="#e7e5e4" />
        <XAxis type="number" tickFormatter={short} domain={[0, (max: number) => niceCeil(max, 1.3)]} tick={{ fontSize: 12, fill: "#57534e" }} allowDecimals={false} />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip content={<ChartTooltip locale={locale} />} cursor={{ fill: "#f5f5f4" }} />
        <Bar dataKey="value" fill="#1f7a35" barSize={14} radius={[0, 3, 3, 0]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={isOthers(d) ? "#a8a29e" : "#1f7a35"} />
          ))}
          <LabelList dataKey="name" content={NameLabel} />
          <LabelList dataKey="value" position="right" formatter={(v) => short(Number(v))} style={{ fontSize: 12, fill: "#44403c" }} />
        </Bar>
      </BarChart>
      <figcaption className="mt-1 text-sm text-stone-600">{label}</figcaption>
    </figure>
  );
}
