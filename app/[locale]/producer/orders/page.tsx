import { InsideOutsideTable, MoneyCards, OrderImportsTable } from "@/components/orders/order-tables";
import { OrderImportForm } from "@/components/orders/order-import-form";
import { requireRole } from "@/lib/auth/guards";
import { formatMonth, formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { ATTRIBUTION_GRACE_MINUTES } from "@/lib/orders/columns";
import { getOwnOrderFigures, listOrderImports } from "@/lib/orders/queries";

export const generateMetadata = privatePageMetadata((m) => m.orders.title);

/** A producer's own order exports: upload, then what each session sold, gross and net, and the sales outside sessions. */
export default async function ProducerOrders({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/orders"));
  const t = getMessages(locale).orders;
  if (user.producerIds.length === 0) return <p className="rounded-lg border border-amber-200 bg-amber-50 p-4">{getMessages(locale).producer.noShop}</p>;
  const [figures, imports] = await Promise.all([getOwnOrderFigures(user), listOrderImports(user)]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="text-stone-700">{fill(t.intro, { grace: String(ATTRIBUTION_GRACE_MINUTES) })}</p>
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{t.privacy}</p>
      </header>
      <OrderImportForm t={t} locale={locale} />
      <section aria-labelledby="by-session" className="space-y-3">
        <h2 id="by-session" className="text-lg font-bold">{t.sessionsTitle}</h2>
        {figures.sessions.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">{t.sessionsNone}</p>
        ) : (
          <MoneyCards
            label={t.sessionsTitle}
            t={t}
            locale={locale}
            rows={figures.sessions.map((s) => ({ ...s, key: s.sessionId, title: s.title, subtitle: formatVnDateTime(new Date(s.startsAt), locale) }))}
          />
        )}
      </section>
      {figures.months.length > 0 && (
        <section aria-labelledby="by-month" className="space-y-3">
          <h2 id="by-month" className="text-lg font-bold">{t.monthsTitle}</h2>
          <p className="text-sm text-stone-600">{t.monthsIntro}</p>
          <InsideOutsideTable label={t.monthsTitle} months={figures.months} t={t} locale={locale} />
        </section>
      )}
      <section aria-labelledby="outside" className="space-y-3">
        <h2 id="outside" className="text-lg font-bold">{t.outsideTitle}</h2>
        <p className="text-sm text-stone-600">{t.outsideIntro}</p>
        {figures.outside.length > 0 && (
          <MoneyCards label={t.outsideTitle} t={t} locale={locale} rows={figures.outside.map((m) => ({ ...m, key: m.month, title: formatMonth(m.month, locale) }))} />
        )}
      </section>
      <section aria-labelledby="recent" className="space-y-3">
        <h2 id="recent" className="text-lg font-bold">{t.recent}</h2>
        <OrderImportsTable imports={imports} t={t} locale={locale} showProducer={false} />
      </section>
    </div>
  );
}
