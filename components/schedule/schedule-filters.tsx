import type { Messages } from "@/lib/i18n/messages";
import { GroupFilterField, ProvinceFilterField, StarsFilterField } from "@/components/ui/filter-fields";

/** One class (app/globals.css) for the fields. */
const field = "filter-field";

/** The words the form needs (passed in: the dictionaries stay on the server). */
export type ScheduleFilterWords = Pick<Messages, "schedule" | "regions" | "groups">;

type Props = {
  t: ScheduleFilterWords;
  week: string;
  hosts: { name: string; tiktokHandle: string }[];
  /** The URL's values, on the page filtered by the server (the static page has none). */
  values?: Record<string, string>;
};

/**
 * A plain GET form: the filters live in the URL (shareable, back button works) and it works
 * without scripts. Rendered once, on the server: empty on the static week page, with the values
 * sent on the filtered page (proxy.ts sends a submitted form there).
 */
export function ScheduleFilterForm({ t, week, hosts, values }: Props) {
  return (
    <form method="get" data-clean-query="" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t.schedule.filters}>
      <input type="hidden" name="week" value={week} />
      <ProvinceFilterField id="f-province" t={t} value={values?.province} />
      <div>
        <label htmlFor="f-region" className="text-sm font-medium">{t.schedule.region}</label>
        <select id="f-region" name="region" defaultValue={values?.region} className={field}>
          <option value="">{t.schedule.anyRegion}</option>
          {(["NORTH", "CENTRAL", "SOUTH"] as const).map((r) => (
            <option key={r} value={r}>{t.regions[r]}</option>
          ))}
        </select>
      </div>
      <GroupFilterField id="f-group" t={t} value={values?.group} />
      <StarsFilterField id="f-stars" t={t} value={values?.stars} />
      <div>
        <label htmlFor="f-host" className="text-sm font-medium">{t.schedule.host}</label>
        <select id="f-host" name="host" defaultValue={values?.host} className={field}>
          <option value="">{t.schedule.anyHost}</option>
          {hosts.map((h) => (
            <option key={h.tiktokHandle} value={h.tiktokHandle}>{h.name}</option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 self-end pb-2">
        <input id="f-seeds" name="seeds" type="checkbox" value="1" defaultChecked={values ? values.seeds === "1" : undefined} className="h-5 w-5" />
        <label htmlFor="f-seeds" className="text-sm font-medium">{t.schedule.seeds}</label>
      </div>
      <div className="flex items-center gap-2 self-end pb-2">
        <input id="f-tourism" name="tourism" type="checkbox" value="1" defaultChecked={values ? values.tourism === "1" : undefined} className="h-5 w-5" />
        <label htmlFor="f-tourism" className="text-sm font-medium">{t.schedule.tourism}</label>
      </div>
      <div>
        <label htmlFor="f-q" className="text-sm font-medium">{t.schedule.search}</label>
        <input id="f-q" name="q" type="search" defaultValue={values?.q} placeholder={t.schedule.searchPlaceholder} className={field} />
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{t.schedule.apply}</button>
        <a href={`?week=${week}`} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">{t.schedule.clear}</a>
      </div>
    </form>
  );
}
