import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { SessionList } from "@/components/sessions/session-list";
import { comingAndPast } from "@/lib/sessions/status";
import { Stars } from "@/components/sessions/stars";
import { formatVnd, formatVnDate } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { photoSources } from "@/lib/media/srcset";
import { getPublicProduct } from "@/lib/products/queries";
import { vnInstant } from "@/lib/time";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeFromParams(params);
  const product = await getPublicProduct((await params).slug);
  if (!product) return {};
  return {
    title: product.name,
    description: product.description ?? undefined,
    openGraph: { title: product.name, images: product.imageUrl ? [product.imageUrl] : undefined },
  };
}

export default async function ProductPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const product = await getPublicProduct((await params).slug);
  if (!product) notFound();
  const t = getMessages(locale);
  const c = product.certificate;
  const date = (d: string) => formatVnDate(vnInstant(d, "12:00"), locale);
  // As of the page's (re)generation: it is revalidated every few minutes and when staff change sessions.
  const { coming, past } = comingAndPast(product.sessions);
  return (
    <div className="space-y-8">
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          {product.images.map((img, i) => (
            // eslint-disable-next-line @next/next/no-img-element -- generated SVGs: nothing to optimise
            <img key={img.url} src={img.url} {...photoSources(img.url, "(min-width: 768px) 50vw, 100vw")} alt={img.alt} width={img.width} height={img.height} {...(i === 0 ? { fetchPriority: "high" as const } : { loading: "lazy" as const })} decoding="async" className="w-full rounded-lg" />
          ))}
        </div>
        <div className="space-y-4">
          <h1 className="text-2xl font-bold">{product.name}</h1>
          <Stars count={product.stars} label={t.stars} />
          <p className="text-2xl font-bold tabular-nums">
            {formatVnd(product.priceVnd, locale)} <span className="text-base font-normal text-stone-600">/ {product.unit}</span>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-stone-600">{t.productPage.producer}</dt>
            <dd>
              <a href={localePath(locale, `/producers/${product.producer.slug}`)} className="text-brand-700 underline">
                {product.producer.name}
              </a>{" "}
              · {product.producer.province}
            </dd>
            <dt className="text-stone-600">{t.productPage.group}</dt>
            <dd>
              {/* The group's other products, in the catalogue. */}
              <a href={`${localePath(locale, "/products")}?group=${product.groupId}`} className="text-brand-700 underline">
                {t.groups[product.groupId as keyof typeof t.groups]}
              </a>
            </dd>
            {product.weightGrams && (
              <>
                <dt className="text-stone-600">{t.productPage.weight}</dt>
                <dd>{fill(t.productPage.grams, { count: product.weightGrams })}</dd>
              </>
            )}
            {product.shelfLifeDays && (
              <>
                <dt className="text-stone-600">{t.productPage.shelfLife}</dt>
                <dd>{fill(t.productPage.days, { count: product.shelfLifeDays })}</dd>
              </>
            )}
          </dl>
          {product.fragile && <p className="text-sm text-stone-700">{t.productPage.fragile}</p>}
          {product.description && <p>{product.description}</p>}

          <section aria-labelledby="certificate" className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="certificate" className="mb-2 font-bold">{t.productPage.certificate}</h2>
            {!c ? (
              <p className="text-stone-600">{t.productPage.noCertificate}</p>
            ) : (
              <>
                <p className="mb-2">
                  <Badge tone={c.expired ? "red" : "green"}>{c.expired ? t.productPage.expired : t.productPage.valid}</Badge>
                </p>
                {c.expired && <p className="mb-2 text-sm text-red-800">{t.productPage.expiredNote}</p>}
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  {!c.expired && (
                    <>
                      <dt className="text-stone-600">{t.productPage.stars}</dt>
                      <dd>
                        <Stars count={c.stars} label={t.stars} /> {fill(t.stars, { count: c.stars })}
                      </dd>
                    </>
                  )}
                  <dt className="text-stone-600">{t.productPage.decisionNumber}</dt>
                  <dd>{c.decisionNumber}</dd>
                  <dt className="text-stone-600">{t.productPage.issuingLevel}</dt>
                  <dd>{t.productPage.levels[c.issuingLevel]}</dd>
                  <dt className="text-stone-600">{t.productPage.issued}</dt>
                  <dd>{date(c.decisionDate)}</dd>
                  <dt className="text-stone-600">{t.productPage.expires}</dt>
                  <dd>{date(c.expiresOn)}</dd>
                </dl>
              </>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-lg font-bold">{t.productPage.sessions}</h2>
        {coming.length === 0 && past.length === 0 ? (
          <p className="text-stone-600">{t.productPage.noSessions}</p>
        ) : (
          <>
            {/* What a buyer can still watch first, soonest first; then what was, latest first. */}
            {coming.length > 0 && (
              <section aria-labelledby="sessions-coming" className="space-y-2">
                <h3 id="sessions-coming" className="font-semibold">{t.productPage.comingSessions}</h3>
                <SessionList sessions={coming} locale={locale} empty={t.productPage.noSessions} />
              </section>
            )}
            {past.length > 0 && (
              <section aria-labelledby="sessions-past" className="space-y-2">
                <h3 id="sessions-past" className="font-semibold">{t.productPage.pastSessions}</h3>
                <SessionList sessions={past} locale={locale} empty={t.productPage.noSessions} />
              </section>
            )}
          </>
        )}
      </section>
    </div>
  );
}
