"use client";

import { useActionState, useState } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/action";
import { formatNumber, formatVnd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { confirmOrderImportAction, previewOrderImportAction, type OrderPreview } from "@/lib/orders/actions";

/**
 * Upload an order export → preview (counts, money, SKUs not linked, every problem by line) →
 * confirm. Nothing is written before the confirmation. Staff choose the shop; a producer's is theirs.
 */
export function OrderImportForm({ t, locale, shops }: { t: Messages["orders"]; locale: Locale; shops?: { id: string; name: string }[] }) {
  const n = (value: number) => formatNumber(value, locale);
  const vnd = (value: string) => formatVnd(BigInt(value), locale);
  const [state, action, pending] = useActionState<ActionState<OrderPreview>, FormData>(previewOrderImportAction, {});
  // The chosen shop survives a preview with an error (the form is reset after every action).
  const [shop, setShop] = useState("");
  const preview = state.ok ? state.result : undefined;
  const fieldError = (name: string) => state.fieldErrors?.[name];
  const describedBy = (name: string, hint?: string) => [hint, fieldError(name) && `o-${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-4">
      <form action={action} noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        {state.formError && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {fill(t.errors[state.formError as keyof typeof t.errors] ?? state.formError, state.formParams ?? {})}
          </p>
        )}
        {shops && (
          <div className="space-y-1">
            <label htmlFor="o-producerId" className="block text-sm font-medium">
              {t.producer}
            </label>
            <select
              id="o-producerId"
              name="producerId"
              required
              value={shop}
              onChange={(e) => setShop(e.target.value)}
              aria-invalid={fieldError("producerId") ? true : undefined}
              aria-describedby={describedBy("producerId")}
              className="block w-full max-w-md rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
            >
              <option value="">{t.choose}</option>
              {shops.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {fieldError("producerId") && (
              <p id="o-producerId-error" className="text-sm text-red-700">
                {t.errors[fieldError("producerId") as keyof typeof t.errors]}
              </p>
            )}
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor="o-file" className="block text-sm font-medium">
            {t.file}
          </label>
          <input
            id="o-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-describedby={describedBy("file", "o-file-hint")}
            aria-invalid={fieldError("file") ? true : undefined}
            className="block w-full text-sm"
          />
          <p id="o-file-hint" className="text-xs text-stone-600">
            {t.formats}
          </p>
          {fieldError("file") && (
            <p id="o-file-error" className="text-sm text-red-700">
              {t.errors[fieldError("file") as keyof typeof t.errors] ?? fieldError("file")}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.previewing : t.preview}
        </button>
      </form>

      {preview && (
        <section aria-live="polite" aria-label={t.preview} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <p className="font-semibold">
            {fill(t.summary, { fileName: preview.fileName, rows: n(preview.rows), created: n(preview.created), updated: n(preview.updated), unchanged: n(preview.unchanged), duplicates: n(preview.duplicates) })}
          </p>
          <p>{fill(t.attribution, { matched: n(preview.matched), attributed: n(preview.attributed), sessions: n(preview.sessions), unattributed: n(preview.unattributed) })}</p>
          <p data-testid="order-money">
            {fill(t.money, {
              gross: vnd(preview.gross),
              cancelled: vnd(preview.cancelled),
              refunded: vnd(preview.refunded),
              damage: vnd(preview.damage),
              net: vnd(String(BigInt(preview.gross) - BigInt(preview.cancelled) - BigInt(preview.refunded))),
            })}
          </p>
          {preview.unknownSkus.length > 0 && (
            <div className="rounded-md border border-amber-200 bg-amber-50 p-3">
              <p>{t.unknownSkus}</p>
              <ul className="mt-1 list-disc pl-5">
                {preview.unknownSkus.map((s) => (
                  <li key={s.sku} className="[overflow-wrap:anywhere]">
                    {fill(t.unknownSku, { sku: s.sku, name: s.name || "—", lines: n(s.lines) })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.problemCount > 0 ? (
            <div role="alert" className="space-y-2">
              <p className="font-semibold text-red-800">{fill(t.problemsTitle, { count: n(preview.problemCount) })}</p>
              <ul className="max-h-80 space-y-1 overflow-y-auto">
                {preview.problems.map((p, i) => (
                  <li key={`${p.line}-${i}`} className="[overflow-wrap:anywhere]">
                    <span className="font-mono">{fill(t.line, { line: p.line })}</span>: {fill(t.problems[p.key], { detail: p.detail ?? "" })}
                  </li>
                ))}
              </ul>
              {preview.problemCount > preview.problems.length && <p>{fill(t.moreProblems, { count: n(preview.problemCount - preview.problems.length) })}</p>}
            </div>
          ) : (
            <ActionForm key={preview.sha256} action={confirmOrderImportAction} errors={t.errors} success={preview.created + preview.updated === 0 ? t.nothingNew : t.done} once className="space-y-2" label={t.confirm}>
              <input type="hidden" name="sha256" value={preview.sha256} />
              <input type="hidden" name="fileName" value={preview.fileName} />
              <input type="hidden" name="producerId" value={preview.producerId} />
              <SubmitButton pendingLabel={t.confirming}>{t.confirm}</SubmitButton>
            </ActionForm>
          )}
        </section>
      )}
    </div>
  );
}
