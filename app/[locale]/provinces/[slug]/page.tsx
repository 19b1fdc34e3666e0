import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/products/product-grid";
import { SessionList } from "@/components/sessions/session-list";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { PROVINCES } from "@/lib/provinces/data";
import { provinceSlug } from "@/lib/provinces/resolve";
import { getProvincePage } from "@/lib/provinces/queries";

export const revalidate = 300;
export const dynamicParams = false;

/** 34 provinces × 2 languages: all prerendered. */
export function generateStaticParams() {
  return PROVINCES.map((p) => ({ slug: provinceSlug(p.name) }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params);
  const province = await getProvincePage((await params).slug);
  return province ? { title: province.name } : {};
}

export default async function ProvincePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const province = await getProvincePage((await params).slug);
  if (!province) notFound();
  const t = getMessages(locale);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{province.name}</h1>
        <p className="text-stone-600">
          {t.provincePage.kinds[province.kind]} · {t.regions[province.region]}
        </p>
        {province.formerUnits.length > 0 && (
          <p className="mt-2 text-sm">
            {t.provincePage.formerUnits}: <strong>{province.formerUnits.join(", ")}</strong>
          </p>
        )}
      </header>

      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-3 text-lg font-bold">{t.provincePage.upcoming}</h2>
        <SessionList sessions={province.upcoming} locale={locale} empty={t.provincePage.noUpcoming} />
        <p className="mt-2 text-sm">
          <a href={`/provinces/${province.slug}/calendar.ics`} className="text-brand-700 underline">
            {t.provincePage.calendarFeed}
          </a>
        </p>
      </section>

      <section aria-labelledby="producers">
        <h2 id="producers" className="mb-3 text-lg font-bold">{t.provincePage.producers}</h2>
        {province.producers.length === 0 ? (
          <p className="text-stone-600">{t.provincePage.noProducers}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {province.producers.map((p) => (
              <li key={p.slug}>
                <a href={localePath(locale, `/producers/${p.slug}`)} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
                  {p.name}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="products">
        <h2 id="products" className="mb-3 text-lg font-bold">{t.provincePage.products}</h2>
        {province.products.length === 0 ? (
          <p className="text-stone-600">{t.provincePage.noProducts}</p>
        ) : (
          <>
            <ProductGrid products={province.products} locale={locale} />
            <p className="mt-3">
              <a href={`${localePath(locale, "/products")}?province=${encodeURIComponent(province.name)}`} className="font-semibold text-brand-800 hover:underline">
                {fill(t.provincePage.allProducts, { province: province.name })} <span aria-hidden="true">→</span>
              </a>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
