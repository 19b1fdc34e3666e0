import { COHORT_PATHS } from "@/lib/programme/rules";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white print:hidden">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-stone-600">
        <p>{t.footer.about}</p>
        <p>
          <a href={localePath(locale, COHORT_PATHS[locale])} className="font-semibold text-brand-700 underline">
            {t.programme.cohort.title}
          </a>
        </p>
        <p>{t.footer.times}</p>
        <p>© {new Date().getFullYear()} {t.footer.rights}</p>
      </div>
    </footer>
  );
}
