import { addDays, daysBetween, vnDateOf, type LocalDate } from "@/lib/time";
import { isUuid } from "@/lib/slugs";

export const PERIODS = ["week", "month", "quarter"] as const;
export type Period = (typeof PERIODS)[number];

/** GMV as the platform counts it (gross: cancelled and refunded orders included) or net of both. */
export const MEASURES = ["gross", "net"] as const;
export type Measure = (typeof MEASURES)[number];

export type ReportFilters = {
  from: LocalDate;
  to: LocalDate;
  province?: number;
  group?: number;
  host?: string;
  channel?: string;
  period: Period;
  measure: Measure;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Report filters from the URL; a bad value falls back to the default rather than failing the page. Default: the year so far. */
export function parseReportFilters(params: Record<string, string | string[] | undefined>, now = new Date()): ReportFilters {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string).trim() : "");
  const today = vnDateOf(now);
  const date = (k: string, fallback: LocalDate) => (DATE.test(one(k)) && !Number.isNaN(Date.parse(one(k))) ? one(k) : fallback);
  const int = (k: string, max: number) => {
    const n = Number(one(k));
    return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
  };
  let from = date("from", `${today.slice(0, 4)}-01-01`);
  let to = date("to", today);
  if (from > to) [from, to] = [to, from];
  return {
    from,
    to,
    province: int("province", 34),
    group: int("group", 6),
    host: isUuid(one("host")) ? one("host") : undefined,
    channel: isUuid(one("channel")) ? one("channel") : undefined,
    period: (PERIODS as readonly string[]).includes(one("period")) ? (one("period") as Period) : "month",
    measure: one("gmv") === "net" ? "net" : "gross",
  };
}

/** The filters as URL parameters (for links, the CSV export and the print view). */
export function reportQuery(f: ReportFilters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ from: f.from, to: f.to, province: f.province, group: f.group, host: f.host, channel: f.channel, period: f.period, gmv: f.measure === "net" ? "net" : undefined, ...extra })
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => [k, String(v)]);
  return new URLSearchParams(entries).toString();
}

/** The same span just before [from, to]: what a period is compared with. */
export function previousSpan(from: LocalDate, to: LocalDate): { from: LocalDate; to: LocalDate } {
  const days = daysBetween(from, to) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1) };
}
