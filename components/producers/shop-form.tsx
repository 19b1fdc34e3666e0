"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { useKeptSubmit } from "@/components/ui/use-kept-submit";
import type { Locale } from "@/lib/i18n/locales";
import { PHOTO_RULES } from "@/lib/media/limits";
import type { ActionState } from "@/lib/action";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { updateShopAction } from "@/lib/producers/actions";

export function ShopForm({
  t,
  r,
  legalForms,
  initial,
  locked,
  locale,
  files,
}: {
  locale: Locale;
  files: Messages["files"];
  t: Messages["shopForm"];
  r: Messages["register"];
  legalForms: Messages["producerPage"]["legalForms"];
  initial: Record<string, string>;
  locked: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateShopAction, {});
  const submit = useKeptSubmit(action);
  const v = { ...initial, ...(state.values ?? {}) };
  const error = (name: string) => {
    const key = state.fieldErrors?.[name];
    if (!key) return undefined;
    return (t.errors as Record<string, string>)[key] ?? (r.errors as Record<string, string>)[key] ?? key;
  };
  const k = JSON.stringify(state.values ?? {});
  const formError = state.formError ? fill((t.errors as Record<string, string>)[state.formError] ?? state.formError, state.formParams ?? {}) : null;
  return (
    <form action={action} onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      {state.ok && (
        <p role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          {t.saved}
        </p>
      )}
      {(formError || state.fieldErrors) && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {formError ?? r.fixErrors}
        </p>
      )}
      {locked && <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{t.lockedNote}</p>}
      <Field name="shopName" label={r.shopName} error={error("shopName")}>
        {(p) => <input {...p} key={`s${k}`} readOnly={locked} required defaultValue={v.shopName} />}
      </Field>
      <Field name="legalForm" label={r.legalForm} error={error("legalForm")}>
        {(p) =>
          locked ? (
            <>
              <input type="hidden" name="legalForm" value={v.legalForm} />
              <input id={p.id} className={p.className} readOnly value={legalForms[v.legalForm as keyof typeof legalForms] ?? ""} />
            </>
          ) : (
            <select {...p} key={`l${k}`} required defaultValue={v.legalForm}>
              {(["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD"] as const).map((form) => (
                <option key={form} value={form}>
                  {legalForms[form]}
                </option>
              ))}
            </select>
          )
        }
      </Field>
      <Field name="taxCode" label={r.taxCode} hint={r.taxCodeHint} error={error("taxCode")}>
        {(p) => <input {...p} key={`t${k}`} readOnly={locked} inputMode="numeric" required defaultValue={v.taxCode} />}
      </Field>
      <Field name="province" label={r.province} hint={r.provinceHint} error={error("province")}>
        {(p) => <input {...p} key={`v${k}`} readOnly={locked} required defaultValue={v.province} />}
      </Field>
      <Field name="address" label={r.address} error={error("address")}>
        {(p) => <input {...p} key={`a${k}`} required defaultValue={v.address} />}
      </Field>
      <Field name="phone" label={r.phone} error={error("phone")}>
        {(p) => <input {...p} key={`p${k}`} type="tel" inputMode="tel" required defaultValue={v.phone} />}
      </Field>
      <Field name="tiktok" label={r.tiktok} error={error("tiktok")}>
        {(p) => <input {...p} key={`k${k}`} autoCapitalize="none" defaultValue={v.tiktok} />}
      </Field>
      <Field name="logo" label={r.logo} hint={r.logoHint} error={error("logo")}>
        {(p) => <FileInput field={p} rules={PHOTO_RULES} locale={locale} t={files} clearWhen={state.ok ? state : null} />}
      </Field>
      <Field name="description" label={r.description} error={error("description")}>
        {(p) => <textarea {...p} key={`d${k}`} rows={4} maxLength={2000} defaultValue={v.description} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.saving : t.save}
      </button>
    </form>
  );
}
