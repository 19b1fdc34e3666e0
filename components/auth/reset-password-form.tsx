"use client";

import Link from "next/link";
import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { resetPasswordAction } from "@/lib/users/actions";
import type { Messages } from "@/lib/i18n/messages";

export function ResetPasswordForm({ token, t, errors, signInHref }: { token: string; t: Messages["staff"]["reset"]; errors: Record<string, string>; signInHref: string }) {
  return (
    <ActionForm action={resetPasswordAction} errors={errors} success={t.done} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" label={t.title}>
      <input type="hidden" name="token" value={token} />
      <FormField name="password" label={t.password} type="password" hint={t.passwordHint} autoComplete="new-password" required />
      <FormField name="confirm" label={t.confirm} type="password" autoComplete="new-password" required />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{t.submit}</SubmitButton>
        <Link href={signInHref} className="underline">{t.signIn}</Link>
      </div>
    </ActionForm>
  );
}
