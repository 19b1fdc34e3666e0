import type { ReactNode } from "react";

const tones = {
  neutral: "bg-stone-100 text-stone-800",
  green: "bg-brand-100 text-brand-800",
  live: "bg-live text-white",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-800",
} as const;

export type BadgeTone = keyof typeof tones;

/** A badge's classes: also what the islands' script gives a badge whose state changes. */
export function badgeClass(tone: BadgeTone): string {
  return `inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${tones[tone]}`;
}

export function Badge({ tone = "neutral", children, ...data }: { tone?: BadgeTone; children: ReactNode } & { [key: `data-${string}`]: string }) {
  return (
    <span className={badgeClass(tone)} {...data}>
      {children}
    </span>
  );
}
