"use client";

import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { decideApplicationAction } from "@/lib/planning/actions";
import type { Messages } from "@/lib/i18n/messages";

/** Accept a producer's application into one of the day's sessions, or decline it with a reason. */
export function ApplicationDecision({
  applicationId,
  sessions,
  t,
  errors,
}: {
  applicationId: string;
  sessions: { value: string; label: string }[];
  t: Messages["staff"]["sessions"];
  errors: Record<string, string>;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <ActionForm action={decideApplicationAction} errors={errors} success={t.decided} className="space-y-2" label={t.accept}>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="decision" value="ACCEPT" />
        <FormField name="sessionId" label={t.chooseSession} options={[{ value: "", label: "—" }, ...sessions]} />
        <SubmitButton>{t.accept}</SubmitButton>
      </ActionForm>
      <ActionForm action={decideApplicationAction} errors={errors} success={t.decided} className="space-y-2" label={t.decline}>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="decision" value="DECLINE" />
        <FormField name="reason" label={t.declineReason} rows={2} />
        <SubmitButton tone="danger">{t.decline}</SubmitButton>
      </ActionForm>
    </div>
  );
}
