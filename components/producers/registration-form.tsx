"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { useKeptSubmit } from "@/components/ui/use-kept-submit";
import { PHOTO_RULES } from "@/lib/media/limits";
import type { ActionState } from "@/lib/action";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { registerAction } from "@/lib/producers/actions";
import { suggestProvinces } from "@/lib/provinces/suggest";

/** Works without JavaScript too: a plain form post to the server action. */
export function RegistrationForm({
  locale,
  t,
  legalForms,
  provinceNames,
  files,
}: {
  locale: Locale;
  t: Messages["register"];
  files: Messages["files"];
  legalForms: Messages["producerPage"]["legalForms"];
  provinceNames: string[];
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(registerAction, {});
  const v = state.values ?? {};
  const error = (name: string) => {
    const key = state.fieldErrors?.[name];
    return key ? (t.errors[key as keyof typeof t.errors] ?? key) : undefined;
  };
  const formError = state.formError ? fill((t.errors as Record<string, string>)[state.formError] ?? state.formError, state.formParams ?? {}) : null;
  // Re-mount the inputs with what the user typed when the server answers with errors.
  const k = JSON.stringify(v);
  // With JavaScript the form is sent here, not as a form action, so React does not reset it when
  // the answer comes: the password (never sent back by the server) and the chosen logo stay.
  // Without JavaScript it is a plain post to the same action.
  const submit = useKeptSubmit(action);
  const labels: Record<string, string> = { email: t.email, password: t.password, name: t.name, phone: t.phone, shopName: t.shopName, legalForm: t.legalForm, taxCode: t.taxCode, province: t.province, address: t.address, tiktok: t.tiktok, logo: t.logo, description: t.description };
  const problems = Object.keys(state.fieldErrors ?? {}).filter((name) => error(name));
  const suggestions = state.fieldErrors?.province === "provinceUnknown" && v.province ? suggestProvinces(v.province, provinceNames, locale) : [];
  // When the answer has errors, the summary is where the reader goes (it is at the top; on a
  // phone the button that sent the form is screens below).
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.fieldErrors || state.formError) summary.current?.focus();
  }, [state]);
  return (
    <form action={action} onSubmit={submit} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      {(formError || problems.length > 0) && (
        <div ref={summary} tabIndex={-1} role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">{formError ?? t.fixErrors}</p>
          {problems.length > 0 && (
            <ul className="list-disc space-y-1 pl-5">
              {problems.map((name) => (
                <li key={name}>
                  <a href={`#f-${name}`} className="underline">
                    {labels[name] ?? name}: {error(name)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-bold">{t.account}</legend>
        <Field name="email" label={t.email} error={error("email")}>
          {(p) => <input {...p} key={`e${k}`} type="email" autoComplete="email" inputMode="email" required defaultValue={v.email} />}
        </Field>
        <Field name="password" label={t.password} hint={t.passwordHint} error={error("password")}>
          {(p) => <input {...p} type="password" autoComplete="new-password" required minLength={8} maxLength={128} />}
        </Field>
        <Field name="name" label={t.name} error={error("name")}>
          {(p) => <input {...p} key={`n${k}`} autoComplete="name" required defaultValue={v.name} />}
        </Field>
        <Field name="phone" label={t.phone} error={error("phone")}>
          {(p) => <input {...p} key={`p${k}`} type="tel" autoComplete="tel" inputMode="tel" required defaultValue={v.phone} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-bold">{t.shop}</legend>
        <Field name="shopName" label={t.shopName} error={error("shopName")}>
          {(p) => <input {...p} key={`s${k}`} autoComplete="organization" required defaultValue={v.shopName} />}
        </Field>
        <Field name="legalForm" label={t.legalForm} error={error("legalForm")}>
          {(p) => (
            <select {...p} key={`l${k}`} required defaultValue={v.legalForm ?? ""}>
              <option value="" disabled>
                —
              </option>
              {(["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD"] as const).map((form) => (
                <option key={form} value={form}>
                  {legalForms[form]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="taxCode" label={t.taxCode} hint={t.taxCodeHint} error={error("taxCode")}>
          {(p) => <input {...p} key={`t${k}`} inputMode="numeric" required defaultValue={v.taxCode} />}
        </Field>
        <Field name="province" label={t.province} hint={t.provinceHint} error={error("province")}>
          {(p) => <input {...p} key={`v${k}`} list="register-provinces" autoComplete="address-level1" required defaultValue={v.province} />}
        </Field>
        {suggestions.length > 0 && (
          <div className="-mt-2 text-sm">
            <p className="text-stone-700">{t.didYouMean}</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {suggestions.map((s) => (
                <li key={s.value}>
                  <button
                    type="button"
                    className="rounded-md border border-brand-600 px-3 py-1 text-brand-800 hover:bg-brand-50"
                    onClick={() => {
                      const input = document.getElementById("f-province") as HTMLInputElement | null;
                      if (input) {
                        input.value = s.value;
                        input.focus();
                      }
                    }}
                  >
                    {s.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <datalist id="register-provinces">
          {provinceNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <Field name="address" label={t.address} error={error("address")}>
          {(p) => <input {...p} key={`a${k}`} autoComplete="address-line1" required defaultValue={v.address} />}
        </Field>
        <Field name="tiktok" label={<>{t.tiktok} <span className="font-normal text-stone-600">{t.optional}</span></>} error={error("tiktok")}>
          {(p) => <input {...p} key={`k${k}`} autoCapitalize="none" defaultValue={v.tiktok} />}
        </Field>
        <Field name="logo" label={<>{t.logo} <span className="font-normal text-stone-600">{t.optional}</span></>} hint={t.logoHint} error={error("logo")}>
          {(p) => <FileInput field={p} rules={PHOTO_RULES} locale={locale} t={files} />}
        </Field>
        <Field name="description" label={<>{t.description} <span className="font-normal text-stone-600">{t.optional}</span></>} error={error("description")}>
          {(p) => <textarea {...p} key={`d${k}`} rows={4} maxLength={2000} defaultValue={v.description} />}
        </Field>
      </fieldset>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
