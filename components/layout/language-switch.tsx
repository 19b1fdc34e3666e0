"use client";

import { usePathname } from "next/navigation";
import { switchLocalePath, type Locale } from "@/lib/i18n/locales";

export function LanguageSwitch({ locale, label, switchTo }: { locale: Locale; label: string; switchTo: string }) {
  const pathname = usePathname() ?? "/";
  const other: Locale = locale === "vi" ? "en" : "vi";
  // The internal /vi segment never shows in URLs.
  const publicPath = pathname.replace(/^\/vi(?=\/|$)/, "") || "/";
  return (
    <a
      href={switchLocalePath(publicPath, other)}
      hrefLang={other}
      className="whitespace-nowrap rounded-md px-2 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100"
    >
      {/* The visible text starts the accessible name (WCAG 2.5.3, label in name). */}
      {other.toUpperCase()}
      <span className="sr-only">
        {" "}
        – {label}: <span lang={other}>{switchTo}</span>
      </span>
    </a>
  );
}
