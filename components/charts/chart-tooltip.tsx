"use client";

import type { ChartDatum } from "@/components/charts/chart-data";
import { formatVnd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** The tooltip of both charts: what the bar is, and its exact figure. */
export function ChartTooltip({ active, payload, locale }: { active?: boolean; payload?: readonly { payload?: ChartDatum }[]; locale: Locale }) {
  const datum = payload?.[0]?.payload;
  if (!active || !datum) return null;
  return (
    <div className="max-w-64 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow">
      <p className="font-semibold">{datum.tooltip}</p>
      <p className="tabular-nums">{formatVnd(Math.round(datum.value), locale)}</p>
    </div>
  );
}
