"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/action";
import { withdrawAction } from "@/lib/applications/actions";
import type { Messages } from "@/lib/i18n/messages";

export function WithdrawButton({ applicationId, t, label }: { applicationId: string; t: Messages["applications"]; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(withdrawAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 disabled:opacity-60">
        {t.withdraw}
        <span className="sr-only"> {label}</span>
      </button>
      {state.formError && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {t.errors[state.formError as keyof typeof t.errors] ?? state.formError}
        </p>
      )}
    </form>
  );
}
