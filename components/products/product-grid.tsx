import type { Locale } from "@/lib/i18n/locales";
import type { PublicProductCard } from "@/lib/products/queries";
import { ProductCard } from "./product-card";

/**
 * Product cards, two across on a phone, up to four on a wide screen. `eager`: how many of the
 * first photos load at once — those in the first screen, where a lazy photo would be the page's
 * largest paint and arrive last (the rest load as they scroll into view).
 */
export function ProductGrid({ products, locale, className = "", eager = 0 }: { products: PublicProductCard[]; locale: Locale; className?: string; eager?: number }) {
  return (
    <ul className={`grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 ${className}`}>
      {products.map((p, i) => (
        <li key={p.slug} className="flex min-w-0">
          <ProductCard product={p} locale={locale} eager={i < eager} />
        </li>
      ))}
    </ul>
  );
}
