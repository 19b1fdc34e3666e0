"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { changeLineupAction, setSessionStatusAction } from "@/lib/planning/actions";
import type { Messages } from "@/lib/i18n/messages";

/** The status moves open from the session's current status. */
export function StatusButtons({
  sessionId,
  version,
  next,
  t,
  errors,
}: {
  sessionId: string;
  version: number;
  next: readonly string[];
  t: Messages["staff"]["sessions"];
  errors: Record<string, string>;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {next.map((status) => (
        <ActionForm key={status} action={setSessionStatusAction} errors={errors} summary className="space-y-1" label={t.statusActions[status as keyof typeof t.statusActions]}>
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="status" value={status} />
          <SubmitButton tone={status === "CANCELLED" ? "danger" : status === "SCHEDULED" ? "primary" : "secondary"}>
            {t.statusActions[status as keyof typeof t.statusActions]}
          </SubmitButton>
        </ActionForm>
      ))}
    </div>
  );
}

/** Adds a product to the line-up or removes it. */
export function LineupButton({
  sessionId,
  productId,
  change,
  label,
  name,
  errors,
}: {
  sessionId: string;
  productId: string;
  change: "add" | "remove";
  label: string;
  name: string;
  errors: Record<string, string>;
}) {
  return (
    <ActionForm action={changeLineupAction} errors={errors} summary className="inline-block" label={`${label} ${name}`}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="change" value={change} />
      <SubmitButton tone={change === "add" ? "primary" : "secondary"}>
        {label}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
