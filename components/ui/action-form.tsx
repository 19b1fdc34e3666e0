"use client";

import { useParams } from "next/navigation";
import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { ActionState } from "@/lib/action";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { Field } from "./field";

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Ctx = { state: ActionState; errors: Record<string, string>; pending: boolean };

const FormContext = createContext<Ctx>({ state: {}, errors: {}, pending: false });

const fillParams = (text: string, params?: Record<string, string>) => (params ? fill(text, params) : text);

/** An action's result as the placeholders of its messages: numbers as the reader writes them ("1.200 dòng", "1,200 lines"), never the secret. */
export function formatResultParams(result: Record<string, unknown>, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(result)
      .filter(([k]) => k !== "secret")
      .map(([k, v]) => [k, typeof v === "number" ? formatNumber(v, locale) : String(v)]),
  );
}

/**
 * A form posting to a server action (works without JavaScript too): the form-level error or the
 * success message above the fields, field errors next to their fields (FormField), and what the
 * user typed kept after an error. `errors` maps message keys to text in the user's language.
 */
export function ActionForm({
  action,
  errors,
  success,
  children,
  className = "space-y-4",
  label,
  labels,
  summary = false,
  notes,
  once = false,
}: {
  /** The form is done once it succeeded (a confirmation): its fields and button give way to the message. */
  once?: boolean;
  /**
   * Said after success when the result's number under a key is above zero, e.g.
   * `{ ordersReattributed: "{ordersReattributed} order lines now belong to another session." }`.
   */
  notes?: Record<string, string>;
  /** Lists field errors above the form too (for small forms without visible fields). */
  summary?: boolean;
  action: FormAction;
  /** Words for codes that come back in error parameters (e.g. APPROVE → "Duyệt"). */
  labels?: Record<string, string>;
  errors: Record<string, string>;
  /** Shown after success; `{name}` placeholders are filled from the action's result. */
  success?: string;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const result = (state.ok && state.result && typeof state.result === "object" ? state.result : {}) as Record<string, unknown>;
  const routeLocale = useParams<{ locale?: string }>()?.locale ?? "vi";
  const locale = isLocale(routeLocale) ? routeLocale : "vi";
  const resultParams = formatResultParams(result, locale);
  const link = typeof result.link === "string" ? result.link : null;
  /** A secret shown once (an integration token): as it is, ready to copy. */
  const secret = typeof result.secret === "string" ? result.secret : null;
  const params = state.formParams && Object.fromEntries(Object.entries(state.formParams).map(([k, v]) => [k, labels?.[v] ?? v]));
  const fieldMessages = summary ? Object.values(state.fieldErrors ?? {}).map((key) => fillParams(errors[key] ?? key, params)) : [];
  const message = state.formError ? fillParams(errors[state.formError] ?? state.formError, params) : fieldMessages.join(" ") || null;
  const said = Object.entries(notes ?? {})
    .filter(([key]) => typeof result[key] === "number" && (result[key] as number) > 0)
    .map(([, text]) => fillParams(text, resultParams));
  return (
    <FormContext.Provider value={{ state, errors, pending }}>
      <form action={formAction} noValidate className={className} aria-label={label}>
        {message && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {message}
          </p>
        )}
        {state.ok && (success || said.length > 0) && (
          <div role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
            {success && <p>{fillParams(success, resultParams)}</p>}
            {said.map((text) => (
              <p key={text}>{text}</p>
            ))}
            {secret && (
              <input
                readOnly
                aria-label={success}
                value={secret}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-2 block w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs"
              />
            )}
            {link && (
              <input
                readOnly
                aria-label={success}
                value={typeof window === "undefined" ? link : new URL(link, window.location.origin).href}
                onFocus={(e) => e.currentTarget.select()}
                className="mt-2 block w-full rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs"
              />
            )}
          </div>
        )}
        {!(once && state.ok) && children}
      </form>
    </FormContext.Provider>
  );
}

/** The error text of one field of the surrounding ActionForm, and the value to show again. */
export function useFormField(name: string) {
  const { state, errors } = useContext(FormContext);
  const key = state.fieldErrors?.[name];
  return {
    error: key ? fillParams(errors[key] ?? key, state.formParams) : undefined,
    kept: state.ok ? undefined : state.values?.[name],
    version: JSON.stringify(state.values ?? {}),
  };
}

type Option = { value: string; label: string };

/** A labelled input, select or textarea inside an ActionForm. */
export function FormField({
  name,
  label,
  hint,
  defaultValue = "",
  type = "text",
  options,
  rows,
  required,
  autoComplete,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  type?: string;
  options?: Option[];
  rows?: number;
  required?: boolean;
  autoComplete?: string;
}) {
  const { error, kept, version } = useFormField(name);
  const value = kept ?? defaultValue;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(p) =>
        options ? (
          <select {...p} key={version} defaultValue={value} required={required}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : rows ? (
          <textarea {...p} key={version} rows={rows} defaultValue={value} required={required} />
        ) : (
          <input {...p} key={version} type={type} defaultValue={type === "password" ? undefined : value} required={required} autoComplete={autoComplete} />
        )
      }
    </Field>
  );
}

export function SubmitButton({ children, pendingLabel, tone = "primary", name, value }: { children: ReactNode; pendingLabel?: string; tone?: "primary" | "secondary" | "danger"; name?: string; value?: string }) {
  const { pending } = useContext(FormContext);
  const tones = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-stone-300 bg-white hover:bg-stone-100",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  };
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${tones[tone]}`}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
