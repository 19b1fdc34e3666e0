import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { Pager } from "@/components/admin/pager";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { OCOP_GROUPS } from "@/lib/ocop";
import { PROVINCES } from "@/lib/provinces/data";
import { bulkApproveAction } from "@/lib/reviews/actions";
import { getReviewCounts, listReviewQueue, parseQueueFilters, QUEUES, type QueueKind } from "@/lib/reviews/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.reviews.title);

const TARGET = { shops: "PRODUCER", products: "PRODUCT", revisions: "PRODUCT_REVISION" } as const;

export default async function ReviewQueue({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/reviews"));
  const t = getMessages(locale);
  const s = t.staff;
  const query = await searchParams;
  const kind: QueueKind = QUEUES.includes(query.queue as QueueKind) ? (query.queue as QueueKind) : "products";
  const filters = parseQueueFilters(query);
  const [counts, queue] = await Promise.all([getReviewCounts(user), listReviewQueue(user, kind, filters)]);
  const base = localePath(locale, "/admin/reviews");
  const keep = { queue: kind, province: filters.province?.toString(), group: filters.group?.toString(), stars: filters.stars?.toString(), age: filters.minAgeDays?.toString() };
  const reviewHref = (item: (typeof queue.items)[number]) =>
    localePath(locale, item.productId ? `/admin/reviews/products/${item.productId}` : `/admin/reviews/shops/${item.producerId}`);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{s.reviews.title}</h1>
      <nav aria-label={s.reviews.title}>
        <ul className="flex flex-wrap gap-2">
          {QUEUES.map((q) => (
            <li key={q}>
              <Link
                href={`${base}?queue=${q}`}
                aria-current={q === kind ? "page" : undefined}
                className="inline-flex items-center gap-2 rounded-full border border-stone-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {s.reviews[q]} <span className="rounded-full bg-stone-100 px-2 text-xs">{counts[q]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action={base} className="grid grid-cols-2 items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-5">
        <input type="hidden" name="queue" value={kind} />
        <FilterSelect name="province" label={s.reviews.province} value={filters.province} allLabel={s.common.all} options={PROVINCES.map((p) => ({ value: p.id, label: p.name }))} />
        <FilterSelect name="group" label={s.reviews.group} value={filters.group} allLabel={s.common.all} options={OCOP_GROUPS.map((g) => ({ value: g.id, label: t.groups[g.id] }))} />
        <FilterSelect name="stars" label={s.reviews.stars} value={filters.stars} allLabel={s.common.all} options={[3, 4, 5].map((n) => ({ value: n, label: `${n}★` }))} />
        <FilterSelect name="age" label={s.reviews.age} value={filters.minAgeDays} allLabel={s.common.all} options={[3, 7, 14, 30].map((d) => ({ value: d, label: fill(s.reviews.ageDays, { days: d }) }))} />
        <div className="col-span-2 flex gap-2 sm:col-span-1">
          <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-semibold text-white">{s.common.filter}</button>
          <Link href={`${base}?queue=${kind}`} className="rounded-md px-2 py-2 text-sm underline">{s.common.clear}</Link>
        </div>
      </form>

      {queue.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{s.reviews.empty}</p>
      ) : (
        <ActionForm action={bulkApproveAction} errors={s.errors} summary success={s.reviews.bulkDone} label={s.reviews.bulkApprove}>
          <input type="hidden" name="target" value={TARGET[kind]} />
          <DataTable label={s.reviews[kind]} columns={[{ label: <span className="sr-only">{s.reviews.bulkApprove}</span> }, s.reviews.name, kind !== "shops" && s.reviews.producer, s.reviews.province, kind !== "shops" && s.reviews.group, kind !== "shops" && s.reviews.stars, s.reviews.waitingSince]}>
            {queue.items.map((item) => (
              <tr key={item.id} className="border-t border-stone-100">
                <td className="px-3 py-2">
                  <input type="checkbox" name="ids" value={item.id} aria-label={fill(s.reviews.select, { name: item.name })} className="h-5 w-5" />
                </td>
                <td className="px-3 py-2">
                  <Link href={reviewHref(item)} className="font-semibold text-brand-700 underline">{item.name}</Link>
                </td>
                {kind !== "shops" && <td className="px-3 py-2">{item.producerName}</td>}
                <td className="px-3 py-2">{item.province}</td>
                {kind !== "shops" && <td className="px-3 py-2">{item.groupId ? t.groups[item.groupId as keyof typeof t.groups] : "—"}</td>}
                {kind !== "shops" && <td className="px-3 py-2">{item.stars ? `${item.stars}★` : "—"}</td>}
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={item.waitingSince}>{formatVnDateTime(new Date(item.waitingSince), locale)}</time>
                </td>
              </tr>
            ))}
          </DataTable>
          <SubmitButton pendingLabel={s.common.saving}>{s.reviews.bulkApprove}</SubmitButton>
        </ActionForm>
      )}
      <Pager basePath={base} params={keep} page={filters.page} total={queue.total} pageSize={queue.pageSize} t={s.common} />
    </div>
  );
}
