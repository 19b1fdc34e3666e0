"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { copyPreviousSaturdayAction } from "@/lib/planning/actions";
import type { Messages } from "@/lib/i18n/messages";

export function CopyWeek({ saturday, t, errors }: { saturday: string; t: Messages["staff"]["sessions"]; errors: Record<string, string> }) {
  return (
    <ActionForm action={copyPreviousSaturdayAction} errors={errors} summary success={t.copyDone} className="space-y-2" label={t.copy}>
      <input type="hidden" name="saturday" value={saturday} />
      <SubmitButton tone="secondary">{t.copy}</SubmitButton>
    </ActionForm>
  );
}
