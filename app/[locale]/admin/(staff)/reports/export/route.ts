import { getCurrentUser } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { isLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { parseReportFilters } from "@/lib/reports/filters";
import { describeReportFilters } from "@/lib/reports/describe";
import { rowLabel } from "@/lib/reports/labels";
import { BREAKDOWNS, getBreakdown, type Breakdown } from "@/lib/reports/queries";
import { toCsv } from "@/lib/results/csv";

/**
 * One report table as CSV: UTF-8 with a BOM (Excel reads Vietnamese correctly), the report's
 * filters in words above the table, money as plain integers, formula-like cells neutralised.
 * Staff and admins only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign-in required", { status: 401 });
  if (!STAFF_ROLES.includes(user.role)) return new Response("Not allowed", { status: 403 });
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "vi";
  const url = new URL(request.url);
  const table = url.searchParams.get("table") as Breakdown;
  if (!BREAKDOWNS.includes(table)) return new Response(`Unknown table; one of: ${BREAKDOWNS.join(", ")}`, { status: 400 });
  const filters = parseReportFilters(Object.fromEntries(url.searchParams));
  const [rows, described] = await Promise.all([getBreakdown(user, table, filters), describeReportFilters(user, filters, locale)]);
  const t = getMessages(locale).staff.reports;
  // The filters first, one "label, value" line each, then an empty line and the table.
  const csv = toCsv(
    [t.title, t.breakdowns[table]],
    [
      ...described.map((d) => [d.label, d.value]),
      [],
      [t.name, filters.measure === "net" ? "net_gmv_vnd" : "gmv_vnd", "cancelled_vnd", "refunded_vnd", "damage_refunded_vnd", "orders", "units", "sessions"],
      ...rows.map((r) => [rowLabel(table, r, locale, filters.period), BigInt(r.gmv), BigInt(r.cancelled), BigInt(r.refunded), BigInt(r.damage), r.orders, r.units, r.sessions]),
    ],
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bao-cao-${table}-${filters.from}-${filters.to}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
