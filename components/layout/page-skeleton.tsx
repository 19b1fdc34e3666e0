/** What a signed-in area shows while its figures load. */
export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <div className="h-8 w-48 rounded bg-stone-200" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-20 rounded-lg bg-stone-200" />
        ))}
      </div>
      <span className="sr-only">Đang tải… / Loading…</span>
    </div>
  );
}
