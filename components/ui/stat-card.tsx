import Link from "next/link";

/** A figure with its label; `exact`, when the figure is rounded ("137,7 tỷ ₫"), is shown under it. */
export function StatCard({ label, value, exact, href, tone = "default" }: { label: string; value: string; exact?: string; href?: string; tone?: "default" | "warn" }) {
  const body = (
    <>
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className={`mt-1 text-2xl font-bold tabular-nums [overflow-wrap:anywhere] ${tone === "warn" ? "text-amber-700" : "text-stone-900"}`}>{value}</dd>
      {exact && exact !== value && <dd className="text-xs text-stone-600 tabular-nums">{exact}</dd>}
    </>
  );
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      {href ? (
        <Link href={href} className="block">
          <dl>{body}</dl>
        </Link>
      ) : (
        <dl>{body}</dl>
      )}
    </div>
  );
}
