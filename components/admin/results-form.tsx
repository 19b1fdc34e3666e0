"use client";

import { useRef, useState, type FormEvent } from "react";
import { ActionForm, FormField, SubmitButton, useFormField } from "@/components/ui/action-form";
import { formatNumber, formatVnd, formatVndShort } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { parseVnd } from "@/lib/money";
import { recordResultsAction } from "@/lib/results/actions";

/**
 * A sum as it is typed, grouped by thousands ("1234567" → "1.234.567"), the caret kept after the
 * same digit. Anything but digits and separators is left as typed, for the server to name.
 */
function groupAsTyped(input: HTMLInputElement, locale: Locale) {
  const text = input.value;
  if (!/^[\d.,\s]*$/.test(text)) return;
  const digits = text.replace(/\D/g, "");
  const formatted = digits ? formatNumber(BigInt(digits), locale) : "";
  if (formatted === text) return;
  const before = text.slice(0, input.selectionStart ?? text.length).replace(/\D/g, "").length;
  input.value = formatted;
  let caret = 0;
  for (let seen = 0; caret < formatted.length && seen < before; caret++) if (/\d/.test(formatted[caret]!)) seen++;
  input.setSelectionRange(caret, caret);
}

type Line = { productId: string; name: string; producer: string; orders: number | null; units: number | null; gmv: string | null };

function FigureCell({ name, label, value, money, locale }: { name: string; label: string; value: string; money?: boolean; locale: Locale }) {
  const { error, kept, version } = useFormField(name);
  return (
    <td className="px-2 py-1 align-top">
      <input
        key={version}
        name={name}
        inputMode="numeric"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        defaultValue={kept ?? (money && /^\d+$/.test(value) ? formatNumber(BigInt(value), locale) : value)}
        onInput={money ? (e) => groupAsTyped(e.currentTarget, locale) : undefined}
        className="w-32 rounded-md border border-stone-300 px-2 py-1 text-right tabular-nums aria-[invalid=true]:border-red-600"
      />
      {error && (
        <p id={`${name}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </td>
  );
}

/** A session's figures: the session's audience, then orders, units and GMV per product. */
export function ResultsForm({
  sessionId,
  session,
  lines,
  t,
  common,
  errors,
  locale,
}: {
  locale: Locale;
  sessionId: string;
  session: { viewers: number; peakViewers: number; durationMinutes: number | null; newFollowers: number | null } | null;
  lines: Line[];
  t: Messages["staff"]["revenue"];
  common: Messages["staff"]["common"];
  errors: Record<string, string>;
}) {
  const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
  // Totals as the figures are typed: a sum ten times too big shows at once.
  const table = useRef<HTMLTableElement>(null);
  const sum = (values: (string | number | null)[]) => values.reduce<number>((acc, v) => acc + (parseVnd(String(v ?? "")) ?? 0), 0);
  const [totals, setTotals] = useState(() => ({ orders: sum(lines.map((l) => l.orders)), units: sum(lines.map((l) => l.units)), gmv: sum(lines.map((l) => l.gmv)) }));
  const recount = (_event: FormEvent) => {
    const column = (prefix: string) => sum([...(table.current?.querySelectorAll<HTMLInputElement>(`input[name^="${prefix}:"]`) ?? [])].map((i) => i.value));
    setTotals({ orders: column("orders"), units: column("units"), gmv: column("gmv") });
  };
  return (
    <ActionForm action={recordResultsAction} errors={errors} success={t.saved} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" label={t.resultsTitle}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="grid gap-4 sm:grid-cols-4">
        <FormField name="viewers" label={t.viewers} defaultValue={str(session?.viewers)} required />
        <FormField name="peakViewers" label={t.peakViewers} defaultValue={str(session?.peakViewers)} required />
        <FormField name="durationMinutes" label={t.duration} defaultValue={str(session?.durationMinutes)} />
        <FormField name="newFollowers" label={t.followers} defaultValue={str(session?.newFollowers)} />
      </div>
      <div role="region" aria-label={t.product} tabIndex={0} className="relative overflow-x-auto">
        <table ref={table} onInput={recount} className="w-full text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-2 py-2">{t.product}</th>
              <th scope="col" className="px-2 py-2">{t.orders}</th>
              <th scope="col" className="px-2 py-2">{t.units}</th>
              <th scope="col" className="px-2 py-2">{t.gmv}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.productId} className="border-t border-stone-100">
                <th scope="row" className="px-2 py-1 font-normal">
                  <span className="font-semibold">{l.name}</span>
                  <span className="block text-xs text-stone-600">{l.producer}</span>
                </th>
                <FigureCell name={`orders:${l.productId}`} label={`${t.orders} — ${l.name}`} value={str(l.orders)} locale={locale} />
                <FigureCell name={`units:${l.productId}`} label={`${t.units} — ${l.name}`} value={str(l.units)} locale={locale} />
                <FigureCell name={`gmv:${l.productId}`} label={`${t.gmv} — ${l.name}`} value={str(l.gmv)} money locale={locale} />
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-stone-300 font-semibold">
            <tr>
              <th scope="row" className="px-2 py-2">{t.total}</th>
              <td className="px-2 py-2 text-right tabular-nums" aria-live="polite">{formatNumber(totals.orders, locale)}</td>
              <td className="px-2 py-2 text-right tabular-nums" aria-live="polite">{formatNumber(totals.units, locale)}</td>
              <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums" aria-live="polite">
                <span className="block" data-testid="gmv-total">{formatVnd(totals.gmv, locale)}</span>
                <span className="block text-xs font-normal text-stone-600">{formatVndShort(totals.gmv, locale)}</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t.extraTitle}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField name="extraProduct" label={t.extraProduct} />
          <FormField name="extraReason" label={t.extraReason} />
        </div>
      </fieldset>
      <SubmitButton pendingLabel={common.saving}>{common.save}</SubmitButton>
    </ActionForm>
  );
}
