"use client";

import { StatusPage, useLocaleFromPath } from "@/components/layout/status-page";
import { statusMessages } from "@/lib/i18n/messages/status";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = statusMessages[useLocaleFromPath()];
  return (
    <StatusPage code={500} pick={() => ({ title: t.error.title, body: t.error.body })}>
      <button type="button" onClick={reset} className="rounded-md border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-stone-100">
        {t.error.retry}
      </button>
    </StatusPage>
  );
}
