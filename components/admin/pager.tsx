import Link from "next/link";
import { fill } from "@/lib/i18n/messages";

/** Previous / next links that keep the other query parameters. */
export function Pager({
  basePath,
  params,
  page,
  total,
  pageSize,
  t,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  total: number;
  pageSize: number;
  t: { page: string; previous: string; next: string; total: string };
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${q}`;
  };
  return (
    <nav aria-label={fill(t.page, { page, pages })} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <span>
        {fill(t.page, { page, pages })} · {fill(t.total, { count: total })}
      </span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link href={href(page - 1)} className="rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100">
            {t.previous}
          </Link>
        )}
        {page < pages && (
          <Link href={href(page + 1)} className="rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100">
            {t.next}
          </Link>
        )}
      </span>
    </nav>
  );
}
