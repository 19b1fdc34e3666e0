"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { signInAction, type SignInState } from "@/lib/auth/actions";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

export function SignInForm({ locale, labels, callbackUrl }: { locale: Locale; labels: Messages["signIn"]; callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { values: { email: "" } });
  const message =
    state.error === "throttled"
      ? fill(labels.throttled, { minutes: state.retryAfterMinutes ?? 15 })
      : state.error
        ? labels[state.error]
        : null;
  return (
    <form action={action} noValidate className="space-y-4" aria-describedby={message ? "sign-in-error" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {message && (
        <p id="sign-in-error" role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      )}
      <Field name="email" label={labels.email} error={state.fieldErrors?.email && labels[state.fieldErrors.email]}>
        {(p) => <input {...p} type="email" autoComplete="username" inputMode="email" required defaultValue={state.values.email} key={`email-${state.values.email}`} />}
      </Field>
      <Field name="password" label={labels.password} error={state.fieldErrors?.password && labels[state.fieldErrors.password]}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
