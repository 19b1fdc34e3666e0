import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways on a phone instead of widening the page; the scrolling box is
 * focusable and named, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
      {children}
    </div>
  );
}
