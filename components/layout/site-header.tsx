import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";
import { UserMenu } from "./user-menu";

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
        <nav aria-label={t.nav.main} className="flex items-center gap-1">
          <a href={localePath(locale, "/schedule")} className="whitespace-nowrap rounded-md px-2 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
            {t.nav.schedule}
          </a>
          <a href={localePath(locale, "/search")} className="whitespace-nowrap rounded-md px-2 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
            {t.nav.search}
          </a>
          <LanguageSwitch locale={locale} label={t.nav.language} switchTo={t.nav.switchTo} />
          <UserMenu locale={locale} labels={t.nav} />
        </nav>
      </div>
    </header>
  );
}
