import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { Readiness } from "@/lib/programme/readiness";
import { READINESS_STEPS, type ReadinessStep } from "@/lib/programme/rules";

/** Where a producer goes to do each step. */
const STEP_LINKS: Record<ReadinessStep, string> = {
  shopApproved: "/producer/shop",
  productApproved: "/producer/products",
  livestreamTraining: "/producer/training",
  packagingChecked: "/producer/products",
  tiktokShop: "/producer/shop",
};

/** The checklist before a first live: each step done or to do; for the producer, each open step links to where it is done. */
export function ReadinessChecklist({ readiness, locale, t, forStaff = false }: { readiness: Readiness; locale: Locale; t: Messages["programme"]["readiness"]; forStaff?: boolean }) {
  return (
    <section aria-labelledby="readiness" className={`space-y-2 rounded-lg border p-4 ${readiness.ready ? "border-brand-100 bg-brand-50" : "border-amber-200 bg-amber-50"}`}>
      <h2 id="readiness" className="text-lg font-bold">{t.title}</h2>
      <p className="text-sm">{readiness.ready ? (forStaff ? t.readyStaff : t.ready) : fill(t.notReady, { count: readiness.missing.length })}</p>
      <ul className="space-y-1">
        {READINESS_STEPS.map((step) => {
          const done = readiness.steps[step];
          return (
            <li key={step} className="flex items-start gap-2">
              <span aria-hidden="true" className={`mt-0.5 inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${done ? "bg-brand-600 text-white" : "border border-amber-700 text-amber-900"}`}>
                {done ? "✓" : ""}
              </span>
              <span>
                <span className="sr-only">{done ? t.done : t.todo}: </span>
                {!done && !forStaff ? (
                  <Link href={localePath(locale, STEP_LINKS[step])} className="font-semibold text-brand-800 underline">{t.steps[step]}</Link>
                ) : (
                  t.steps[step]
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
