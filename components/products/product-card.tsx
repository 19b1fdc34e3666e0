import { Stars } from "@/components/sessions/stars";
import { formatVnd } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { photoSources } from "@/lib/media/srcset";
import type { PublicProductCard } from "@/lib/products/queries";

export function ProductCard({ product, locale, eager = false }: { product: PublicProductCard; locale: Locale; eager?: boolean }) {
  const t = getMessages(locale);
  return (
    <article className="flex min-w-0 flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {product.imageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- generated SVGs: nothing to optimise
        <img src={product.imageUrl} {...photoSources(product.imageUrl, "(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw")} alt="" width={400} height={400} {...(eager ? { fetchPriority: "high" as const } : { loading: "lazy" as const })} decoding="async" className="aspect-square w-full object-cover" />
      )}
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="text-sm font-semibold">
          <a href={localePath(locale, `/products/${product.slug}`)} className="hover:underline">
            {product.name}
          </a>
        </h3>
        <Stars count={product.stars} label={t.stars} />
        <p className="text-xs text-stone-600">
          {product.producer.name} · {product.producer.province}
        </p>
        <p className="mt-auto font-semibold tabular-nums">
          {formatVnd(product.priceVnd, locale)} <span className="text-xs font-normal text-stone-600">/ {product.unit}</span>
        </p>
      </div>
    </article>
  );
}
