import type { ReactNode } from "react";

const tones = {
  neutral: "bg-stone-100 text-stone-800",
  green: "bg-brand-100 text-brand-800",
  live: "bg-live text-white",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-800",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>;
}
