import type { Metadata } from "next";
import { CatalogueFilterForm } from "@/components/products/catalogue-filter-form";
import { ProductGrid } from "@/components/products/product-grid";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { listCatalogue } from "@/lib/products/catalogue";
import { catalogueSearch, parseCatalogueFilters } from "@/lib/products/catalogue-filters";
import { resolveProvince } from "@/lib/provinces/resolve";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  const filtered = Object.keys(await searchParams).length > 0;
  // The first, unfiltered page is for search engines; each filter combination and page is not.
  return {
    title: t.catalogue.title,
    description: t.catalogue.intro,
    alternates: { canonical: localePath(locale, "/products") },
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

/**
 * The public catalogue: every public product, filtered by province (a former name understood as
 * the unit it is part of now), OCOP group and stars, in the order chosen, a page at a time. Rendered per request from a
 * cached query (lib/products/catalogue.ts), revalidated when staff change products or shops.
 */
export default async function CataloguePage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  const filters = parseCatalogueFilters(await searchParams);
  const province = filters.province ? resolveProvince(filters.province) : null;
  const provinceUnknown = Boolean(filters.province && !province);
  const result = provinceUnknown
    ? { products: [], total: 0, page: 1, pages: 1 }
    : await listCatalogue({ provinceId: province?.province.id, group: filters.group, minStars: filters.minStars, sort: filters.sort, page: filters.page });
  const base = localePath(locale, "/products");
  const pageHref = (page: number) => `${base}${catalogueSearch({ ...filters, page })}`;
  const anyFilter = Boolean(filters.province || filters.group || filters.minStars);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t.catalogue.title}</h1>
        <p className="mt-1 max-w-3xl text-stone-600">{t.catalogue.intro}</p>
      </div>
      <CatalogueFilterForm t={t} filters={filters} clearHref={base} />
      <div aria-live="polite">
        {/* The results' heading (the cards' names are h3): how many. */}
        <h2 className="text-sm font-normal text-stone-600">{fill(t.catalogue.count, { count: result.total })}</h2>
        {province?.merged && (
          <p className="mt-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
            {fill(t.catalogue.provinceMerged, { input: province.matchedName, province: province.province.name })}
          </p>
        )}
        {provinceUnknown && (
          <p role="alert" className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
            {fill(t.schedule.provinceUnknown, { input: filters.province! })}
          </p>
        )}
      </div>
      {result.products.length === 0 ? (
        !provinceUnknown && <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{anyFilter ? t.catalogue.empty : t.catalogue.emptyAll}</p>
      ) : (
        <ProductGrid products={result.products} locale={locale} eager={result.page === 1 ? 2 : 0} />
      )}
      {result.pages > 1 && (
        <nav aria-label={t.catalogue.pages} className="flex items-center justify-between gap-2">
          {result.page > 1 ? (
            <a href={pageHref(result.page - 1)} rel="prev" className="rounded-md border border-stone-300 bg-white px-3 py-2 hover:bg-stone-100">
              <span aria-hidden="true">← </span>{t.catalogue.previous}
            </a>
          ) : (
            <span />
          )}
          <p className="text-sm text-stone-600">{fill(t.catalogue.pageOf, { page: result.page, pages: result.pages })}</p>
          {result.page < result.pages ? (
            <a href={pageHref(result.page + 1)} rel="next" className="rounded-md border border-stone-300 bg-white px-3 py-2 hover:bg-stone-100">
              {t.catalogue.next}<span aria-hidden="true"> →</span>
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
