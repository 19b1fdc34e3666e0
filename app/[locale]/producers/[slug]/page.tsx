import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/products/product-grid";
import { COHORT_PATHS } from "@/lib/programme/rules";
import { Badge } from "@/components/ui/badge";
import { SessionList } from "@/components/sessions/session-list";
import { getPublicProducer } from "@/lib/producers/queries";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params);
  const producer = await getPublicProducer((await params).slug);
  if (!producer) return {};
  return { title: producer.name, description: producer.description ?? undefined, openGraph: { title: producer.name, images: producer.logoUrl ? [producer.logoUrl] : undefined } };
}

export default async function ProducerPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const producer = await getPublicProducer((await params).slug);
  if (!producer) notFound();
  const t = getMessages(locale);
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-center gap-4">
        {producer.logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- generated SVGs: nothing to optimise
          <img src={producer.logoUrl} alt="" width={80} height={80} className="h-20 w-20 rounded-full" />
        )}
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-bold">{producer.name}</h1>
          {producer.seed && (
            <p>
              <a href={localePath(locale, COHORT_PATHS[locale])} className="inline-flex">
                <Badge tone="green">{t.programme.cohort.badge}</Badge>
              </a>
            </p>
          )}
          <p className="text-stone-600">
            {t.producerPage.legalForms[producer.legalForm]} ·{" "}
            <a href={localePath(locale, `/provinces/${producer.province.slug}`)} className="text-brand-700 underline">
              {producer.province.name}
            </a>
          </p>
          {producer.tiktokHandle && (
            <a href={`https://www.tiktok.com/@${producer.tiktokHandle}`} rel="noopener" target="_blank" className="text-sm text-brand-700 underline">
              {t.producerPage.tiktokShop}: @{producer.tiktokHandle}
            </a>
          )}
        </div>
      </header>
      {producer.description && <p className="max-w-3xl">{producer.description}</p>}

      <section aria-labelledby="products">
        <h2 id="products" className="mb-3 text-lg font-bold">{t.producerPage.products}</h2>
        {producer.products.length === 0 ? (
          <p className="text-stone-600">{t.producerPage.noProducts}</p>
        ) : (
          <ProductGrid products={producer.products} locale={locale} eager={2} />
        )}
      </section>

      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-3 text-lg font-bold">{t.producerPage.upcoming}</h2>
        <SessionList sessions={producer.upcoming} locale={locale} empty={t.producerPage.noUpcoming} />
        <p className="mt-2 text-sm">
          <a href={`/producers/${producer.slug}/calendar.ics`} className="text-brand-700 underline">
            {t.producerPage.calendarFeed}
          </a>
        </p>
      </section>

      <section aria-labelledby="past">
        <h2 id="past" className="mb-3 text-lg font-bold">{t.producerPage.past}</h2>
        <SessionList sessions={producer.past} locale={locale} empty={t.producerPage.noPast} />
      </section>
    </div>
  );
}
