import type { Messages } from "@/lib/i18n/messages";
import { OCOP_GROUPS } from "@/lib/ocop";
import type { CatalogueFilters } from "@/lib/products/catalogue-filters";
import { PROVINCES } from "@/lib/provinces/data";

const field = "filter-field";
const PROVINCE_LIST_ID = "catalogue-province-names";
const PROVINCE_NAMES = PROVINCES.map((p) => p.name).sort((a, b) => a.localeCompare(b, "vi"));

/**
 * A plain GET form, like the schedule's: the filters live in the URL (shareable, the back button
 * works) and it works without scripts. A new filter starts again from the first page.
 */
export function CatalogueFilterForm({ t, filters, clearHref }: { t: Pick<Messages, "schedule" | "groups" | "catalogue">; filters: CatalogueFilters; clearHref: string }) {
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3" aria-label={t.catalogue.filters}>
      <div>
        <label htmlFor="c-province" className="text-sm font-medium">{t.schedule.province}</label>
        <input id="c-province" name="province" defaultValue={filters.province} list={PROVINCE_LIST_ID} placeholder={t.schedule.provincePlaceholder} className={field} autoComplete="off" />
        <datalist id={PROVINCE_LIST_ID}>
          {PROVINCE_NAMES.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor="c-group" className="text-sm font-medium">{t.schedule.group}</label>
        <select id="c-group" name="group" defaultValue={filters.group ?? ""} className={field}>
          <option value="">{t.schedule.anyGroup}</option>
          {OCOP_GROUPS.map((g) => (
            <option key={g.id} value={g.id}>{t.groups[g.id]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-stars" className="text-sm font-medium">{t.schedule.minStars}</label>
        <select id="c-stars" name="stars" defaultValue={filters.minStars ?? ""} className={field}>
          <option value="">{t.schedule.anyStars}</option>
          {[3, 4, 5].map((n) => (
            <option key={n} value={n}>{"★".repeat(n)} ({n})</option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{t.schedule.apply}</button>
        <a href={clearHref} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">{t.schedule.clear}</a>
      </div>
    </form>
  );
}
