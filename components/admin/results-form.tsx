"use client";

import { ActionForm, FormField, SubmitButton, useFormField } from "@/components/ui/action-form";
import type { Messages } from "@/lib/i18n/messages";
import { recordResultsAction } from "@/lib/results/actions";

type Line = { productId: string; name: string; producer: string; orders: number | null; units: number | null; gmv: string | null };

function FigureCell({ name, label, value }: { name: string; label: string; value: string }) {
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
        defaultValue={kept ?? value}
        className="w-28 rounded-md border border-stone-300 px-2 py-1 text-right tabular-nums aria-[invalid=true]:border-red-600"
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
}: {
  sessionId: string;
  session: { viewers: number; peakViewers: number; durationMinutes: number | null; newFollowers: number | null } | null;
  lines: Line[];
  t: Messages["staff"]["revenue"];
  common: Messages["staff"]["common"];
  errors: Record<string, string>;
}) {
  const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
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
        <table className="w-full text-left text-sm">
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
                <FigureCell name={`orders:${l.productId}`} label={`${t.orders} — ${l.name}`} value={str(l.orders)} />
                <FigureCell name={`units:${l.productId}`} label={`${t.units} — ${l.name}`} value={str(l.units)} />
                <FigureCell name={`gmv:${l.productId}`} label={`${t.gmv} — ${l.name}`} value={str(l.gmv)} />
              </tr>
            ))}
          </tbody>
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
