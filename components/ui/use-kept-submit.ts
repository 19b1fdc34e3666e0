"use client";

import { useTransition, type FormEvent } from "react";

/**
 * A form's submit handler that sends it through its action without React resetting it
 * afterwards: a refusal keeps every field as typed and every file picked. The button pressed goes
 * with the form (added by hand: older phone browsers ignore FormData's submitter argument).
 * Without JavaScript the form posts as usual.
 */
export function useKeptSubmit(action: (data: FormData) => void) {
  const [, startTransition] = useTransition();
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name && !data.has(submitter.name)) data.append(submitter.name, submitter.value);
    startTransition(() => action(data));
  };
}
