import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { UserMenu } from "./user-menu";

const LINK = "inline-flex items-center whitespace-nowrap rounded-md px-1.5 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 sm:px-2";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t.nav.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <a href={localePath(locale, "/")} className="flex items-center gap-2 font-bold text-brand-700">
          <span aria-hidden="true" className="grid h-9 w-9 place-items-center rounded-full bg-brand-600 text-[10px] font-bold tracking-tight text-white">
            OCOP
          </span>
          <span className="text-lg">{t.meta.siteName}</span>
        </a>
        <nav aria-label={t.nav.main} className="flex items-center gap-0.5 sm:gap-1">
          <a href={localePath(locale, "/schedule")} className={LINK}>
            {t.nav.schedule}
          </a>
          <a href={localePath(locale, "/products")} className={LINK}>
            {t.nav.products}
          </a>
          {/* On a phone the search is its magnifier (the name stays for screen readers): five items fit 375 px. */}
          <a href={localePath(locale, "/search")} className={LINK}>
            <svg viewBox="0 0 20 20" className="h-5 w-5 sm:hidden" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <circle cx="8.5" cy="8.5" r="5.5" />
              <path d="M12.5 12.5 17 17" />
            </svg>
            <span className="sr-only sm:not-sr-only">{t.nav.search}</span>
          </a>
          <LanguageSwitch locale={locale} label={t.nav.language} switchTo={t.nav.switchTo} />
          <UserMenu locale={locale} labels={t.nav} />
        </nav>
      </div>
    </header>
  );
}
