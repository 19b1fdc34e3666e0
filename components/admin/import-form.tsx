"use client";

import { useActionState } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/action";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { ImportProgress } from "./import-progress";
import { confirmImportAction, previewImportAction, type ImportPreview } from "@/lib/results/actions";

/**
 * Upload → preview (every problem with its line) → confirm. Nothing is written before the
 * confirmation. `job` (made by the server for each page view) names the progress both steps report.
 */
export function ImportForm({ t, errors, job, locale }: { t: Messages["staff"]["revenue"]; errors: Record<string, string>; job: string; locale: Locale }) {
  const n = (value: number) => formatNumber(value, locale);
  const [state, action, pending] = useActionState<ActionState<ImportPreview>, FormData>(previewImportAction, {});
  const preview = state.ok ? state.result : undefined;
  const fileError = state.fieldErrors?.file;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label={t.importTitle}>
        {state.formError && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {fill(errors[state.formError] ?? state.formError, state.formParams ?? {})}
          </p>
        )}
        <label htmlFor="f-file" className="block text-sm font-medium">
          {t.file}
        </label>
        <input
          id="f-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby={`f-file-hint${fileError ? " f-file-error" : ""}`}
          aria-invalid={fileError ? true : undefined}
          className="block w-full text-sm"
        />
        <p id="f-file-hint" className="text-xs text-stone-600">{t.fileHint}</p>
        {fileError && (
          <p id="f-file-error" className="text-sm text-red-700">
            {errors[fileError] ?? fileError}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t.previewing : t.preview}
        </button>
        <ImportProgress job={job} t={t} locale={locale} />
      </form>

      {preview && (
        <section aria-live="polite" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <p className="font-semibold">{fill(t.summary, { fileName: preview.fileName, rows: n(preview.rows), sessions: n(preview.sessions), created: n(preview.created), updated: n(preview.updated), unchanged: n(preview.unchanged), removed: n(preview.removed) })}</p>
          {preview.problemCount > 0 ? (
            <div role="alert" className="space-y-2">
              <p className="font-semibold text-red-800">{fill(t.problemsTitle, { count: n(preview.problemCount) })}</p>
              <ul className="max-h-80 space-y-1 overflow-y-auto text-sm">
                {preview.problems.map((p, i) => (
                  <li key={`${p.line}-${i}`}>
                    <span className="font-mono">{fill(t.line, { line: p.line })}</span>: {fill(t.problems[p.key as keyof typeof t.problems] ?? p.key, { detail: p.detail ?? "" })}
                  </li>
                ))}
              </ul>
              {preview.problemCount > preview.problems.length && <p className="text-sm">{fill(t.moreProblems, { count: n(preview.problemCount - preview.problems.length) })}</p>}
            </div>
          ) : (
            <ActionForm key={preview.sha256} action={confirmImportAction} errors={errors} success={t.done} summary once className="space-y-2" label={t.confirm}>
              <input type="hidden" name="sha256" value={preview.sha256} />
              <input type="hidden" name="fileName" value={preview.fileName} />
              <SubmitButton pendingLabel={t.confirming}>{t.confirm}</SubmitButton>
              <ImportProgress job={job} t={t} locale={locale} />
            </ActionForm>
          )}
        </section>
      )}
    </div>
  );
}
