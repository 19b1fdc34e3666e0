import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { formatVnd } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listOwnProducts } from "@/lib/products/owner-queries";

export const generateMetadata = privatePageMetadata((m) => m.productForm.listTitle);

const TONES = { DRAFT: "neutral", SUBMITTED: "amber", CHANGES_REQUESTED: "amber", APPROVED: "green", REJECTED: "red" } as const;

export default async function OwnProducts({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/products"));
  const t = getMessages(locale);
  const products = await listOwnProducts(user);
  const { saved } = await searchParams;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t.productForm.listTitle}</h1>
        <Link href={localePath(locale, "/producer/products/new")} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t.productForm.add}
        </Link>
      </div>
      {saved && (
        <p role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          {t.productForm.saved}
        </p>
      )}
      {products.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.productForm.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
          {products.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="font-semibold">{p.name}</p>
                <p className="text-sm text-stone-600">
                  {formatVnd(p.priceVnd, locale)} / {p.unit}
                </p>
                {p.reviewReason && p.reviewStatus !== "APPROVED" && <p className="text-sm text-amber-900">{p.reviewReason}</p>}
                {p.looksFragile && <p className="text-sm text-amber-900">{t.programme.packaging.suggestFragile}</p>}
              </div>
              <div className="flex items-center gap-2">
                <Badge tone={TONES[p.reviewStatus]}>{t.review[p.reviewStatus]}</Badge>
                {p.hasPendingRevision && <Badge tone="amber">{t.productForm.pendingRevision}</Badge>}
                {p.fragile && (
                  <Link
                    href={localePath(locale, `/producer/products/${p.id}/packaging`)}
                    className={`rounded-md border px-3 py-1 text-sm ${p.packagingStatus === "APPROVED" ? "border-stone-300 hover:bg-stone-100" : "border-amber-400 bg-amber-50 font-semibold text-amber-900 hover:bg-amber-100"}`}
                  >
                    {t.programme.packaging.link}: {t.programme.packaging.statuses[p.packagingStatus]}
                    <span className="sr-only"> {p.name}</span>
                  </Link>
                )}
                {p.reviewStatus !== "REJECTED" && (
                  <Link href={localePath(locale, `/producer/products/${p.id}`)} className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100">
                    {t.productForm.edit}
                    <span className="sr-only"> {p.name}</span>
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
