"use client";

import { useEffect, useState } from "react";
import { useFormStatus } from "react-dom";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

type Progress = { phase: "read" | "check" | "write"; done: number; total: number };

/**
 * Inside an import form: while the form is submitting, polls how far the server has got with the
 * job named by the hidden `job` field and shows it as a progress bar with a status line.
 */
export function ImportProgress({ job, t, locale }: { job: string; t: Messages["staff"]["revenue"]; locale: Locale }) {
  const { pending } = useFormStatus();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!pending) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${job}`, { cache: "no-store" });
        if (!stopped && response.ok) setProgress((await response.json()) as Progress);
      } catch {
        // A missed poll is not worth telling anyone about: the next one comes shortly.
      }
      if (!stopped) timer = setTimeout(poll, 400);
    };
    let timer = setTimeout(poll, 300);
    return () => {
      stopped = true;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [pending, job]);
  if (!pending) return <input type="hidden" name="job" value={job} />;
  const text = !progress
    ? t.progressUpload
    : progress.phase === "read"
      ? fill(t.progressRead, { percent: progress.total ? Math.floor((progress.done / progress.total) * 100) : 0 })
      : fill(progress.phase === "check" ? t.progressCheck : t.progressWrite, { rows: formatNumber(progress.total, locale) });
  return (
    <div className="space-y-1">
      <input type="hidden" name="job" value={job} />
      {progress?.phase === "read" ? (
        <progress className="h-2 w-full accent-brand-600" max={progress.total || 1} value={progress.done} aria-label={t.progressLabel} />
      ) : (
        <progress className="h-2 w-full accent-brand-600" aria-label={t.progressLabel} />
      )}
      <p role="status" className="text-sm">
        {text}
      </p>
    </div>
  );
}
