import { fill } from "@/lib/i18n/messages";

/** OCOP stars; nothing when the product has no current certificate. */
export function Stars({ count, label }: { count: number | null; label: string }) {
  if (count === null) return null;
  const text = fill(label, { count });
  return (
    <span className="text-xs text-amber-800" role="img" aria-label={text} title={text}>
      {"★".repeat(count)}
    </span>
  );
}
