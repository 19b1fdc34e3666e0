import type { Locale } from "@/lib/i18n/locales";
import type { PublicProductCard } from "@/lib/products/queries";
import { ProductCard } from "./product-card";

/** Product cards, two across on a phone, up to four on a wide screen. */
export function ProductGrid({ products, locale, className = "" }: { products: PublicProductCard[]; locale: Locale; className?: string }) {
  return (
    <ul className={`grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 ${className}`}>
      {products.map((p) => (
        <li key={p.slug} className="flex min-w-0">
          <ProductCard product={p} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
