import { FilterSelect } from "@/components/admin/filter-select";
import type { Messages } from "@/lib/i18n/messages";
import { OCOP_GROUPS } from "@/lib/ocop";
import { PROVINCES } from "@/lib/provinces/data";
import type { ReportFilters } from "@/lib/reports/filters";

/** The report filters, as a GET form: the URL holds them, so a report can be shared or bookmarked. */
export function ReportFiltersForm({
  action,
  filters,
  hosts,
  channels,
  t,
  groups,
  all,
}: {
  action: string;
  filters: ReportFilters;
  hosts: { id: string; name: string }[];
  channels: { id: string; name: string }[];
  t: Messages["staff"]["reports"];
  groups: Messages["groups"];
  all: string;
}) {
  const input = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-2";
  return (
    <form method="get" action={action} className="grid grid-cols-2 items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-5 print:hidden">
      <label className="block min-w-0 text-sm">
        <span className="font-medium">{t.from}</span>
        <input type="date" name="from" defaultValue={filters.from} className={input} />
      </label>
      <label className="block min-w-0 text-sm">
        <span className="font-medium">{t.to}</span>
        <input type="date" name="to" defaultValue={filters.to} className={input} />
      </label>
      <FilterSelect name="province" label={t.province} value={filters.province} allLabel={all} options={PROVINCES.map((p) => ({ value: p.id, label: p.name }))} />
      <FilterSelect name="group" label={t.group} value={filters.group} allLabel={all} options={OCOP_GROUPS.map((g) => ({ value: g.id, label: groups[g.id] }))} />
      <FilterSelect name="host" label={t.host} value={filters.host} allLabel={all} options={hosts.map((h) => ({ value: h.id, label: h.name }))} />
      <FilterSelect name="channel" label={t.channel} value={filters.channel} allLabel={all} options={channels.map((c) => ({ value: c.id, label: c.name }))} />
      <label className="block min-w-0 text-sm">
        <span className="font-medium">{t.period}</span>
        <select name="period" defaultValue={filters.period} className={input}>
          {(["week", "month", "quarter"] as const).map((p) => (
            <option key={p} value={p}>
              {t.periods[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="block min-w-0 text-sm">
        <span className="font-medium">{t.measure}</span>
        <select name="gmv" defaultValue={filters.measure} className={input}>
          {(["gross", "net"] as const).map((m) => (
            <option key={m} value={m}>
              {t.measures[m]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-semibold text-white">{t.apply}</button>
    </form>
  );
}
