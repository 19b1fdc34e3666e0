"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/** The producer's areas, on every producer page; it wraps on a phone rather than hide items. */
export function ProducerNav({ locale, t }: { locale: Locale; t: Messages["producer"]["nav"] }) {
  const pathname = usePathname();
  const items = [
    { href: "/producer", label: t.dashboard },
    { href: "/producer/shop", label: t.shop },
    { href: "/producer/products", label: t.products },
    { href: "/producer/applications", label: t.applications },
    { href: "/producer/results", label: t.results },
    { href: "/producer/orders", label: t.orders },
    { href: "/producer/training", label: t.training },
    { href: "/account", label: t.account },
  ];
  return (
    <nav aria-label={t.label} className="mb-6 border-b border-stone-200 pb-2 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const href = localePath(locale, item.href);
          const current = item.href === "/producer" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={item.href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className="inline-block rounded-md px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
