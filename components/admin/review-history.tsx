import Link from "next/link";
import { formatVnDate, formatVnDateTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { DecisionHistory, LatestDecision, PastSession } from "@/lib/reviews/queries";

/** Earlier decisions about a producer and its products, and the sessions it took part in. */
export function ReviewHistory({ locale, history, sessions, t }: { locale: Locale; history: DecisionHistory; sessions: PastSession[]; t: Messages["staff"]["reviews"] }) {
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-lg font-bold">{t.producerHistory}</h2>
      <h3 className="font-semibold">{t.earlierDecisions}</h3>
      {history.length === 0 ? (
        <p className="text-sm text-stone-600">{t.noHistory}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {history.map((h) => (
            <li key={h.id}>
              <time dateTime={h.createdAt}>{formatVnDateTime(new Date(h.createdAt), locale)}</time> · {h.subject} ·{" "}
              <strong>{t[h.decision as "APPROVE" | "REJECT" | "REQUEST_CHANGES"]}</strong> ({h.reviewer}){h.reason ? ` — ${h.reason}` : ""}
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t.pastSessions}</h3>
      {sessions.length === 0 ? (
        <p className="text-sm text-stone-600">{t.noHistory}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={localePath(locale, `/admin/sessions/${s.id}`)} className="underline">
                {formatVnDate(new Date(s.startsAt), locale)} · {s.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A definition list of label/value pairs. */
export function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-stone-600">{label}</dt>
          <dd className="break-words">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The latest decision, shown where the decision form was once the item is decided. */
export function LatestDecisionNotice({ latest, locale, t }: { latest: LatestDecision; locale: Locale; t: Messages["staff"]["reviews"] }) {
  if (!latest) return null;
  return (
    <p role="status" className="rounded-md border border-stone-200 bg-white p-3 text-sm">
      {t.latestDecision}: <strong>{t[latest.decision as "APPROVE" | "REJECT" | "REQUEST_CHANGES"]}</strong> — {latest.reviewer},{" "}
      <time dateTime={latest.createdAt}>{formatVnDateTime(new Date(latest.createdAt), locale)}</time>
      {latest.reason ? `. ${latest.reason}` : ""}
    </p>
  );
}

/**
 * A certificate scan shown where the reviewer reads the product: an image inline, a PDF in the
 * browser's own viewer (the scan is served to staff only, framable by this origin alone); either
 * way a link opens it whole in a new tab.
 */
export function ScanPreview({ url, label, openLabel }: { url: string; label: string; openLabel: string }) {
  const pdf = url.toLowerCase().endsWith(".pdf");
  return (
    <figure className="space-y-1" data-scan={pdf ? "pdf" : "image"}>
      {pdf ? (
        <iframe src={url} title={label} className="h-[28rem] w-full max-w-2xl rounded border border-stone-300 bg-white" />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={url} alt={label} className="max-h-[28rem] w-auto max-w-full rounded border border-stone-300" />
      )}
      <figcaption className="text-sm">
        {label} ·{" "}
        <a href={url} target="_blank" rel="noopener" className="underline">
          {openLabel}
        </a>
      </figcaption>
    </figure>
  );
}
