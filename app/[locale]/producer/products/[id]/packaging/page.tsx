import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckboxField, FileField } from "@/components/programme/form-parts";
import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { submitPackagingAction } from "@/lib/programme/actions";
import { getProductPackaging, listProductComplaints } from "@/lib/programme/queries";
import { ComplaintList, PackagingChecklist } from "@/components/programme/sections";

export const generateMetadata = privatePageMetadata((m) => m.programme.packaging.title);

const TONES = { NONE: "neutral", SUBMITTED: "amber", APPROVED: "green", CHANGES_REQUESTED: "red", REOPENED: "red" } as const;

export default async function ProductPackaging({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, `/producer/products/${id}/packaging`));
  const [product, complaints] = await Promise.all([getProductPackaging(user, id), listProductComplaints(user, id)]);
  if (!product) notFound();
  const t = getMessages(locale).programme;
  const p = t.packaging;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={localePath(locale, `/producer/products/${product.id}`)} className="underline">← {product.name}</Link>
        </p>
        <h1 className="text-2xl font-bold">
          {p.title}: {product.name}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-stone-600">{p.status}:</span>
          <Badge tone={TONES[product.packagingStatus]}>{p.statuses[product.packagingStatus]}</Badge>
        </p>
      </header>
      {!product.fragile ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4">{p.notFragile}</p>
      ) : product.packagingStatus === "SUBMITTED" ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{p.pending}</p>
      ) : (
        <section aria-labelledby="send" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          {product.packagingStatus === "APPROVED" && <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{p.approvedNote}</p>}
          <h2 id="send" className="text-lg font-bold">{product.packagingStatus === "APPROVED" ? p.resubmit : p.submit}</h2>
          <p className="text-sm text-stone-600">{p.intro}</p>
          <ActionForm action={submitPackagingAction} errors={t.errors} success={p.sent} label={p.title}>
            <input type="hidden" name="productId" value={product.id} />
            <CheckboxField name="cushioning" label={p.cushioning} />
            <CheckboxField name="boxStrength" label={p.boxStrength} />
            <CheckboxField name="fragileLabel" label={p.fragileLabel} />
            <FileField name="photo" label={p.photo} hint={p.photoHint} locale={locale} files={getMessages(locale).files} />
            <FormField name="note" label={p.note} rows={2} />
            <SubmitButton>{p.submit}</SubmitButton>
          </ActionForm>
        </section>
      )}
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-lg font-bold">{p.history}</h2>
        {product.packagingChecks.length === 0 ? (
          <p className="text-stone-600">{p.noHistory}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {product.packagingChecks.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start gap-3 p-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded photo at its stored size */}
                <img src={c.photoUrl} alt={fill(p.photoAlt, { name: product.name })} width={96} height={96} className="h-24 w-24 rounded object-cover" />
                <div className="min-w-0 space-y-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge tone={TONES[c.status]}>{p.statuses[c.status]}</Badge>
                    <span className="text-stone-600">{fill(p.sentAt, { date: formatVnDateTime(new Date(c.createdAt), locale) })}</span>
                  </p>
                  <p>
                    <PackagingChecklist check={c} t={t} />
                  </p>
                  {c.reason && (
                    <p>
                      {p.reason}: {c.reason}
                    </p>
                  )}
                  {c.decidedBy && c.decidedAt && <p className="text-stone-600">{fill(p.decidedBy, { name: c.decidedBy, date: formatVnDateTime(new Date(c.decidedAt), locale) })}</p>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {complaints && complaints.length > 0 && (
        <section aria-labelledby="complaints" className="space-y-2">
          <h2 id="complaints" className="text-lg font-bold">{t.complaints.title}</h2>
          <ComplaintList complaints={complaints} locale={locale} t={t} />
        </section>
      )}
    </div>
  );
}
