import { GroupFilterField, ProvinceFilterField, StarsFilterField } from "@/components/ui/filter-fields";
import type { Messages } from "@/lib/i18n/messages";
import { CATALOGUE_SORTS, type CatalogueFilters } from "@/lib/products/catalogue-filters";

/**
 * A plain GET form, like the schedule's: the filters live in the URL (shareable, the back button
 * works) and it works without scripts. A new filter starts again from the first page.
 */
export function CatalogueFilterForm({ t, filters, clearHref }: { t: Pick<Messages, "schedule" | "groups" | "catalogue">; filters: CatalogueFilters; clearHref: string }) {
  return (
    <form method="get" data-clean-query="" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t.catalogue.filters}>
      <ProvinceFilterField id="c-province" t={t} value={filters.province} />
      <GroupFilterField id="c-group" t={t} value={filters.group} />
      <StarsFilterField id="c-stars" t={t} value={filters.minStars} />
      <div>
        <label htmlFor="c-sort" className="text-sm font-medium">{t.catalogue.sort}</label>
        <select id="c-sort" name="sort" defaultValue={filters.sort ?? "stars"} data-default="stars" className="filter-field">
          {CATALOGUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>{t.catalogue.sorts[sort]}</option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{t.schedule.apply}</button>
        <a href={clearHref} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">{t.schedule.clear}</a>
      </div>
    </form>
  );
}
