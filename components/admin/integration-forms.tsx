"use client";

import { ActionForm, FormField, SubmitButton, useFormField } from "@/components/ui/action-form";
import { createTokenAction, revokeTokenAction } from "@/lib/integrations/actions";
import { TOKEN_LIFETIMES_DAYS, TOKEN_SCOPES } from "@/lib/integrations/schema";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["staff"];

function ScopeChoices({ t }: { t: T }) {
  const { error, kept, version } = useFormField("scopes");
  const chosen = new Set((kept ?? "").split(",").filter(Boolean));
  return (
    <fieldset key={version} aria-describedby={error ? "scopes-error" : undefined} className="space-y-1">
      <legend className="text-sm font-medium">{t.integrations.scopes}</legend>
      {TOKEN_SCOPES.map((scope) => (
        <label key={scope} className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="scopes" value={scope} defaultChecked={chosen.has(scope)} className="size-5" />
          {t.integrations.scopeLabels[scope]}
        </label>
      ))}
      {error && (
        <p id="scopes-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Makes a token; the answer shows the secret once, ready to copy. */
export function CreateTokenForm({ t }: { t: T }) {
  return (
    <ActionForm action={createTokenAction} errors={t.errors} success={t.integrations.created} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" label={t.integrations.create}>
      <h2 className="text-lg font-bold">{t.integrations.create}</h2>
      <FormField name="name" label={t.integrations.name} required />
      <ScopeChoices t={t} />
      <FormField
        name="lifetimeDays"
        label={t.integrations.lifetime}
        defaultValue="90"
        options={TOKEN_LIFETIMES_DAYS.map((d) => ({ value: String(d), label: t.integrations.days.replace("{n}", String(d)) }))}
      />
      <SubmitButton pendingLabel={t.common.saving}>{t.integrations.create}</SubmitButton>
    </ActionForm>
  );
}

export function RevokeTokenButton({ id, name, t }: { id: string; name: string; t: T }) {
  return (
    <ActionForm action={revokeTokenAction} errors={t.errors} summary className="inline-block" label={`${t.integrations.revoke} ${name}`}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="danger">
        {t.integrations.revoke}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
