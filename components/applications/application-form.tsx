"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/action";
import { applyAction } from "@/lib/applications/actions";
import type { Messages } from "@/lib/i18n/messages";

export function ApplicationForm({
  t,
  saturdays,
  times,
  products,
}: {
  t: Messages["applications"];
  saturdays: { value: string; label: string }[];
  times: readonly string[];
  products: { id: string; name: string; packagingBlocked: boolean; packagingHref: string }[];
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(applyAction, {});
  const v = state.values ?? {};
  const error = (name: string) => {
    const key = state.fieldErrors?.[name];
    return key ? (t.errors[key as keyof typeof t.errors] ?? key) : undefined;
  };
  const chosen = new Set((v.productIds ?? "").split(","));
  const k = JSON.stringify(v);
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-bold">{t.formTitle}</h2>
      {state.ok && (
        <p role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          {t.sent}
        </p>
      )}
      {state.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t.errors[state.formError as keyof typeof t.errors] ?? state.formError}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="saturday" label={t.saturday} error={error("saturday")}>
          {(p) => (
            <select {...p} key={`s${k}`} required defaultValue={v.saturday ?? saturdays[0]?.value}>
              {saturdays.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="preferredTime" label={t.preferredTime} error={error("preferredTime")}>
          {(p) => (
            <select {...p} key={`t${k}`} defaultValue={v.preferredTime ?? ""}>
              <option value="">{t.anyTime}</option>
              {times.map((time) => (
                <option key={time} value={time}>
                  {time}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset aria-describedby={error("productIds") ? "productIds-error" : undefined}>
        <legend className="text-sm font-medium">{t.products}</legend>
        <ul className="mt-1 space-y-1">
          {products.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <input
                type="checkbox"
                id={`p-${p.id}`}
                name="productIds"
                value={p.id}
                key={`c${k}`}
                defaultChecked={chosen.has(p.id) && !p.packagingBlocked}
                disabled={p.packagingBlocked}
                aria-describedby={p.packagingBlocked ? `pb-${p.id}` : undefined}
                className="h-5 w-5"
              />
              <label htmlFor={`p-${p.id}`} className={p.packagingBlocked ? "text-stone-500" : undefined}>{p.name}</label>
              {p.packagingBlocked && (
                <span id={`pb-${p.id}`} className="text-sm text-amber-900">
                  {t.packagingBlocked}{" "}
                  <a href={p.packagingHref} className="font-semibold underline">{t.packagingLink}</a>
                </span>
              )}
            </li>
          ))}
        </ul>
        {error("productIds") && (
          <p id="productIds-error" className="mt-1 text-sm text-red-700">
            {error("productIds")}
          </p>
        )}
      </fieldset>
      <Field name="note" label={t.note} error={error("note")}>
        {(p) => <textarea {...p} key={`n${k}`} rows={2} maxLength={500} defaultValue={v.note} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
