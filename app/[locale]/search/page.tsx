import type { Metadata } from "next";
import { SessionStatusBadge } from "@/components/sessions/session-status";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { search, SEARCH_MIN_LENGTH } from "@/lib/search/queries";
import { displayStatus } from "@/lib/sessions/status";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getMessages(await localeFromParams(params)).search.title, robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const results = q ? await search(q) : null;
  const now = new Date();
  const total = results ? results.provinces.length + results.products.length + results.producers.length + results.sessions.length : 0;
  const link = "font-semibold text-brand-800 hover:underline";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.search.title}</h1>
      <form method="get" role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">{t.search.label}</label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder={t.search.placeholder} className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-2 text-base" />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">{t.search.submit}</button>
      </form>
      {q && q.length < SEARCH_MIN_LENGTH && <p className="text-stone-600">{t.search.tooShort}</p>}
      {results && q.length >= SEARCH_MIN_LENGTH && (
        <div aria-live="polite" className="space-y-6">
          {total === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{fill(t.search.noResults, { q })}</p>
          ) : (
            <p className="text-stone-600">{fill(results.close ? t.search.closeMatches : t.search.results, { q })}</p>
          )}
          {results.provinces.length > 0 && (
            <section aria-labelledby="r-provinces">
              <h2 id="r-provinces" className="mb-2 text-lg font-bold">{t.search.provinces}</h2>
              <ul className="flex flex-wrap gap-2">
                {results.provinces.map((p) => (
                  <li key={p.slug}>
                    <a href={localePath(locale, `/provinces/${p.slug}`)} className={link}>{p.name}</a>
                    {p.formerName && <span className="text-sm text-stone-600"> ({fill(t.search.formerProvince, { name: p.formerName })})</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {results.products.length > 0 && (
            <section aria-labelledby="r-products">
              <h2 id="r-products" className="mb-2 text-lg font-bold">{t.search.products}</h2>
              <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
                {results.products.map((p) => (
                  <li key={p.slug} className="p-3">
                    <a href={localePath(locale, `/products/${p.slug}`)} className={link}>{p.name}</a>
                    <p className="text-sm text-stone-600">{p.producer} · {p.province}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {results.producers.length > 0 && (
            <section aria-labelledby="r-producers">
              <h2 id="r-producers" className="mb-2 text-lg font-bold">{t.search.producers}</h2>
              <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
                {results.producers.map((p) => (
                  <li key={p.slug} className="p-3">
                    <a href={localePath(locale, `/producers/${p.slug}`)} className={link}>{p.name}</a>
                    <p className="text-sm text-stone-600">{p.province}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {results.sessions.length > 0 && (
            <section aria-labelledby="r-sessions">
              <h2 id="r-sessions" className="mb-2 text-lg font-bold">{t.search.sessions}</h2>
              <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
                {results.sessions.map((s) => {
                  const status = displayStatus(s, now);
                  return (
                    <li key={s.id} className="flex items-start justify-between gap-2 p-3">
                      <div className="min-w-0">
                        <a href={localePath(locale, `/sessions/${s.id}`)} className={`${link}${status === "CANCELLED" ? " line-through" : ""}`}>{s.title}</a>
                        <p className="text-sm text-stone-600">
                          {formatVnDateTime(new Date(s.startsAt), locale)} · {s.host}
                          {s.product && ` · ${fill(t.search.features, { product: s.product })}`}
                        </p>
                      </div>
                      {status !== "SCHEDULED" && (
                        <span className="shrink-0 whitespace-nowrap">
                          <SessionStatusBadge session={s} initial={status} labels={t.status} />
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
