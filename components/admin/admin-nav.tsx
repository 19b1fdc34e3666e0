import Link from "next/link";
import type { Role } from "@/lib/db/generated/enums";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/** The staff work areas, with what waits for review; admins also see users and reference data. */
export function AdminNav({ locale, role, waiting, t }: { locale: Locale; role: Role; waiting: number; t: Messages["staff"]["nav"] }) {
  const items: { href: string; label: string; count?: number }[] = [
    { href: "/admin", label: t.overview },
    { href: "/admin/reviews", label: t.reviews, count: waiting },
    { href: "/admin/certificates", label: t.certificates },
    { href: "/admin/sessions", label: t.sessions },
    { href: "/admin/revenue/import", label: t.revenue },
    { href: "/admin/revenue/orders", label: t.orders },
    { href: "/admin/reports", label: t.reports },
    { href: "/admin/training", label: t.training },
    { href: "/admin/audit", label: t.audit },
    ...(role === "ADMIN"
      ? [
          { href: "/admin/users", label: t.users },
          { href: "/admin/hosts", label: t.hosts },
          { href: "/admin/channels", label: t.channels },
          { href: "/admin/integrations", label: t.integrations },
        ]
      : []),
    { href: "/account", label: t.account },
  ];
  return (
    // It wraps on a phone: every area stays in sight, none behind a scroll nobody sees.
    <nav aria-label={t.label} className="mb-6 border-b border-stone-200 print:hidden">
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={localePath(locale, item.href)} className="inline-flex items-center gap-1 rounded-t-md px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
              {item.label}
              {item.count ? (
                <span className="rounded-full bg-amber-100 px-2 text-xs font-semibold text-amber-900">{item.count}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
