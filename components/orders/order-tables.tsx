import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { formatMonth, formatNumber, formatVnd, formatVnDateTime, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { InsideOutsideMonth, OrderImportRow, OrderMoney } from "@/lib/orders/queries";

const percent = (part: string, whole: string, locale: Locale) => formatShare(Number(part), Number(whole), locale);

/**
 * Rows of gross and net as cards (a session, a month, a province): readable on a 375 px phone
 * without sideways scrolling, two or three abreast on a desktop. The net in bold beside the gross,
 * then what came off it — cancelled and refunded shares, and refunds for damaged goods.
 */
export function MoneyCards({ label, rows, t, locale }: { label: string; rows: (OrderMoney & { key: string; title: ReactNode; subtitle?: string })[]; t: Messages["orders"]; locale: Locale }) {
  const vnd = (v: string) => formatVnd(BigInt(v), locale);
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map((m) => (
        <li key={m.key} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <p className="font-semibold">{m.title}</p>
          {m.subtitle && <p className="text-xs text-stone-600">{m.subtitle}</p>}
          <dl className="mt-2 grid grid-cols-2 gap-2 tabular-nums">
            <div>
              <dt className="text-xs text-stone-600">{t.gross}</dt>
              <dd className="whitespace-nowrap">{vnd(m.gross)}</dd>
            </div>
            <div>
              <dt className="text-xs text-stone-600">{t.net}</dt>
              <dd className="whitespace-nowrap font-bold">{vnd(m.net)}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs text-stone-600">
            {formatNumber(m.orders, locale)} {t.orders.toLowerCase()} · {fill(t.rates, { cancel: percent(m.cancelled, m.gross, locale), refund: percent(m.refunded, m.gross, locale) })}
          </p>
          {BigInt(m.damage) > 0n && (
            <p className="text-xs font-medium text-amber-800">
              {t.damage}: {vnd(m.damage)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A shop's months, during sessions beside outside them: gross with the net under it, and under the
 * month the share of its gross that came during sessions. Three columns fit a 375 px phone.
 */
export function InsideOutsideTable({ label, months, t, locale }: { label: string; months: InsideOutsideMonth[]; t: Messages["orders"]; locale: Locale }) {
  const cell = (m: { gross: string; net: string }) => (
    <td className="px-2 py-2 text-right tabular-nums sm:px-3">
      <span className="block whitespace-nowrap">{formatVnd(BigInt(m.gross), locale)}</span>
      <span className="block whitespace-nowrap text-xs text-stone-600">{fill(t.netShort, { amount: formatVnd(BigInt(m.net), locale) })}</span>
    </td>
  );
  return (
    <DataTable label={label} columns={[t.month, { label: t.inside, numeric: true }, { label: t.outside, numeric: true }]}>
      {months.map((m) => (
        <tr key={m.month} className="border-t border-stone-100 align-top">
          <th scope="row" className="px-2 py-2 text-left font-medium sm:px-3">
            <span className="whitespace-nowrap">{formatMonth(m.month, locale)}</span>
            <span className="block text-xs font-normal text-stone-600">
              {fill(t.insideShare, { share: percent(m.inside.gross, String(BigInt(m.inside.gross) + BigInt(m.outside.gross)), locale) })}
            </span>
          </th>
          {cell(m.inside)}
          {cell(m.outside)}
        </tr>
      ))}
    </DataTable>
  );
}

/** The latest imports with their provenance (the SHA-256 is kept in the audit entry). */
export function OrderImportsTable({ imports, t, locale, showProducer }: { imports: OrderImportRow[]; t: Messages["orders"]; locale: Locale; showProducer: boolean }) {
  if (imports.length === 0) return <p className="text-stone-600">{t.noneYet}</p>;
  return (
    <DataTable label={t.recent} columns={[t.at, t.fileName, { label: t.rows, numeric: true }]}>
      {imports.map((i) => (
        <tr key={i.id} className="border-t border-stone-100 align-top">
          <td className="px-3 py-2">
            <span className="whitespace-nowrap">{formatVnDateTime(new Date(i.createdAt), locale)}</span>
            <span className="block text-xs text-stone-600">{i.importedBy ?? t.commandLine}</span>
          </td>
          <td className="px-3 py-2 [overflow-wrap:anywhere]">
            {i.fileName}
            {showProducer && <span className="block text-xs text-stone-600">{i.producer}</span>}
          </td>
          <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
            {formatNumber(i.rowCount, locale)}
            <span className="block text-xs text-stone-600">
              +{formatNumber(i.createdCount, locale)} / ~{formatNumber(i.updatedCount, locale)}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
