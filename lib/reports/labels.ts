import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import type { Breakdown, BreakdownRow } from "./queries";

/** A row's label in the user's language: periods, regions, groups and stars are named here, the rest come named from SQL. */
export function rowLabel(breakdown: Breakdown, row: Pick<BreakdownRow, "key" | "label">, locale: Locale, period: "week" | "month" | "quarter"): string {
  const t = getMessages(locale);
  switch (breakdown) {
    case "period": {
      const [y, m, d] = row.key.split("-");
      if (period === "month") return `${m}/${y}`;
      if (period === "quarter") return `Q${Math.floor((Number(m) - 1) / 3) + 1}/${y}`;
      return `${d}/${m}/${y}`;
    }
    case "region":
      return t.regions[row.key as keyof typeof t.regions] ?? row.key;
    case "group":
      return t.groups[Number(row.key) as keyof typeof t.groups] ?? row.key;
    case "stars":
      return row.key === "-" ? "—" : `${row.key}★`;
    default:
      return row.label ?? row.key;
  }
}
