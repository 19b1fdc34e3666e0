"use client";

import { useRef } from "react";
import { ActionForm, SubmitButton, useFormField } from "@/components/ui/action-form";
import { decideReviewAction } from "@/lib/reviews/actions";
import type { Messages } from "@/lib/i18n/messages";

function ReasonField({ t }: { t: Messages["staff"]["reviews"] }) {
  const { error, kept, version } = useFormField("reason");
  const ref = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="space-y-2">
      <label className="block text-sm">
        <span className="font-medium">{t.template}</span>
        <select
          className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-2"
          defaultValue=""
          onChange={(e) => {
            if (ref.current && e.target.value) ref.current.value = e.target.value;
            ref.current?.focus();
          }}
        >
          <option value="">{t.templateNone}</option>
          {t.templates.map((text) => (
            <option key={text} value={text}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor="f-reason" className="block text-sm font-medium">
        {t.reason}
      </label>
      <textarea
        ref={ref}
        key={version}
        id="f-reason"
        name="reason"
        rows={3}
        maxLength={2000}
        defaultValue={kept ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "f-reason-error" : undefined}
        className="block w-full rounded-md border border-stone-300 px-3 py-2 aria-[invalid=true]:border-red-600"
      />
      {error && (
        <p id="f-reason-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** Approve, request changes or reject, with a reason (templates fill it in) when not approving. */
export function DecisionForm({
  target,
  id,
  version,
  t,
  errors,
}: {
  target: "PRODUCER" | "PRODUCT" | "PRODUCT_REVISION";
  id: string;
  version: number;
  t: Messages["staff"]["reviews"];
  errors: Record<string, string>;
}) {
  const decisionNames: Record<string, string> = { APPROVE: t.APPROVE, REQUEST_CHANGES: t.REQUEST_CHANGES, REJECT: t.REJECT };
  return (
    <ActionForm action={decideReviewAction} errors={errors} labels={decisionNames} success={t.decided} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" label={t.decision}>
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <DecisionChoices legend={t.decision} names={decisionNames} />
      <ReasonField t={t} />
      <SubmitButton>{t.decide}</SubmitButton>
    </ActionForm>
  );
}

/**
 * Approve, request changes or reject: nothing chosen until the reviewer chooses (a default would
 * approve by a slip), and the choice kept when the server answers with an error.
 */
function DecisionChoices({ legend, names }: { legend: string; names: Record<string, string> }) {
  const { error, kept, version } = useFormField("decision");
  return (
    <fieldset aria-describedby={error ? "decision-error" : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {(["APPROVE", "REQUEST_CHANGES", "REJECT"] as const).map((d) => (
          <label key={`${d}${version}`} className="flex items-center gap-2">
            <input type="radio" name="decision" value={d} defaultChecked={kept === d} className="h-5 w-5" />
            {names[d]}
          </label>
        ))}
      </div>
      {error && (
        <p id="decision-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
