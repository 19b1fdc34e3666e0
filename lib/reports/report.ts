import "server-only";
import type { CurrentUser } from "@/lib/auth/users";
import type { ReportFilters } from "./filters";
import { BREAKDOWNS, getBreakdown, getHeadlines, getProducerGrowth, type Breakdown, type BreakdownRow } from "./queries";

/** Everything the report page shows, fetched in parallel. */
export async function getReport(user: CurrentUser | null, f: ReportFilters, now = new Date()) {
  const [headlines, growth, ...tables] = await Promise.all([
    getHeadlines(user, f, now),
    getProducerGrowth(user, f),
    ...BREAKDOWNS.map((b) => getBreakdown(user, b, f)),
  ]);
  return { headlines, growth, tables: Object.fromEntries(BREAKDOWNS.map((b, i) => [b, tables[i]!])) as Record<Breakdown, BreakdownRow[]> };
}
