import Link from "next/link";
import { NoteField } from "@/components/programme/form-parts";
import { PackagingChecklist, ProgrammePageHeader } from "@/components/programme/sections";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { decidePackagingAction } from "@/lib/programme/actions";
import { listPackagingQueue } from "@/lib/programme/queries";

export const generateMetadata = privatePageMetadata((m) => m.programme.packagingQueue);

export default async function PackagingQueue({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/packaging"));
  const m = getMessages(locale);
  const t = m.programme;
  const p = t.packaging;
  const checks = await listPackagingQueue(user);
  return (
    <div className="space-y-6">
      <ProgrammePageHeader back={t.staffTitle} title={t.packagingQueue} intro={p.intro} locale={locale} />
      {checks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{p.queueEmpty}</p>
      ) : (
        <ul className="space-y-4">
          {checks.map((c) => (
            <li key={c.id} className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
              {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded photo at its stored size */}
              <img src={c.photoUrl} alt={fill(p.photoAlt, { name: c.product.name })} width={192} height={192} className="h-48 w-48 rounded object-cover" />
              <div className="min-w-0 space-y-2">
                <h2 className="font-bold">
                  <Link href={localePath(locale, `/admin/reviews/products/${c.product.id}`)} className="text-brand-700 underline">{c.product.name}</Link>
                </h2>
                <p className="text-sm text-stone-600">
                  {c.product.producer} · {c.product.unit} · {fill(p.sentAt, { date: formatVnDateTime(new Date(c.createdAt), locale) })}
                </p>
                <p className="text-sm">
                  <PackagingChecklist check={c} t={t} />
                </p>
                {c.product.packagingNotes && <p className="text-sm text-stone-700">{c.product.packagingNotes}</p>}
                {c.note && <p className="text-sm text-stone-700">{c.note}</p>}
                {c.product.complaints > 0 && (
                  <p className="text-sm">
                    <Link href={`${localePath(locale, `/admin/reviews/products/${c.product.id}`)}#complaints`} className="font-semibold text-red-800 underline">
                      {fill(p.complaintsLink, { count: c.product.complaints })}
                    </Link>
                  </p>
                )}
                <ActionForm action={decidePackagingAction} errors={t.errors} success={p.decided} summary label={`${p.decision}: ${c.product.name}`}>
                  <input type="hidden" name="checkId" value={c.id} />
                  <fieldset className="flex flex-wrap gap-4">
                    <legend className="text-sm font-medium">{p.decision}</legend>
                    <label className="flex items-center gap-2">
                      <input type="radio" name="decision" value="APPROVE" className="h-5 w-5" /> {p.approve}
                    </label>
                    <label className="flex items-center gap-2">
                      <input type="radio" name="decision" value="REQUEST_CHANGES" className="h-5 w-5" /> {p.requestChanges}
                    </label>
                  </fieldset>
                  <NoteField name="reason" id={`reason-${c.id}`} label={p.reasonLabel} />
                  <SubmitButton>{p.decide}</SubmitButton>
                </ActionForm>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
