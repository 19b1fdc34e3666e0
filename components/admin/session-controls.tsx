"use client";

import { useEffect, useRef, useState } from "react";
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
  // Cancelling tells the session's producers and takes it off the schedule: it asks first.
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (asked.current) cancel.current?.focus();
    asked.current = confirming || asked.current;
  }, [confirming]);
  return (
    <div className="flex flex-wrap gap-2">
      {next.map((status) =>
        status === "CANCELLED" && !confirming ? (
          <button key={status} ref={cancel} type="button" onClick={() => setConfirming(true)} className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
            {t.statusActions.CANCELLED}
          </button>
        ) : status === "CANCELLED" ? (
          <div key={status} role="group" aria-labelledby="confirm-cancel" className="w-full space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
            <p id="confirm-cancel" className="text-sm text-red-900">{t.confirmCancel}</p>
            <div className="flex flex-wrap gap-2">
              <ActionForm action={setSessionStatusAction} errors={errors} summary className="space-y-1" label={t.confirmCancelYes}>
                <input type="hidden" name="sessionId" value={sessionId} />
                <input type="hidden" name="version" value={version} />
                <input type="hidden" name="status" value={status} />
                <ConfirmButton ref={confirm} label={t.confirmCancelYes} />
              </ActionForm>
              <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
                {t.confirmCancelNo}
              </button>
            </div>
          </div>
        ) : (
        <ActionForm key={status} action={setSessionStatusAction} errors={errors} summary className="space-y-1" label={t.statusActions[status as keyof typeof t.statusActions]}>
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="status" value={status} />
          <SubmitButton tone={status === "CANCELLED" ? "danger" : status === "SCHEDULED" ? "primary" : "secondary"}>
            {t.statusActions[status as keyof typeof t.statusActions]}
          </SubmitButton>
        </ActionForm>
        ),
      )}
    </div>
  );
}

/** The cancellation's own submit button, focused when the question appears. */
function ConfirmButton({ ref, label }: { ref: React.Ref<HTMLButtonElement>; label: string }) {
  return (
    <button ref={ref} type="submit" className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800">
      {label}
    </button>
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
