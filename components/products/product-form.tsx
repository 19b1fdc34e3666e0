"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { useKeptSubmit } from "@/components/ui/use-kept-submit";
import { MAX_PHOTOS, PHOTO_RULES, SCAN_RULES } from "@/lib/media/limits";
import { formatBytes } from "@/lib/format";
import type { ActionState } from "@/lib/action";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { saveProductAction } from "@/lib/products/actions";

/** The product form, certificate included; a plain form post, so it works without JavaScript. */
export function ProductForm({
  locale,
  t,
  groups,
  levels,
  initial,
  approved,
  photos = [],
  hasScan = false,
  files,
}: {
  locale: Locale;
  t: Messages["productForm"];
  files: Messages["files"];
  groups: Messages["groups"];
  levels: Messages["productPage"]["levels"];
  initial: Record<string, string>;
  approved: boolean;
  photos?: { url: string; alt: string }[];
  hasScan?: boolean;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveProductAction, {});
  const v = { ...initial, ...(state.values ?? {}) };
  const error = (name: string) => {
    const key = state.fieldErrors?.[name];
    if (!key) return undefined;
    const reason = t.errors[key as keyof typeof t.errors] ?? key;
    // A refused file is named, with its size.
    const file = state.fieldParams?.[name];
    return file ? fill(files.refused, { file: file.file!, size: formatBytes(Number(file.size), locale), reason }) : reason;
  };
  const submit = useKeptSubmit(action);
  const k = JSON.stringify(state.values ?? {});
  const formError = state.formError ? fill(t.errors[state.formError as keyof typeof t.errors] ?? state.formError, state.formParams ?? {}) : null;
  const optional = <span className="font-normal text-stone-600">{t.optional}</span>;
  return (
    <form action={action} onSubmit={submit} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={v.productId ?? ""} />
      {(state.fieldErrors || formError) && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {formError ?? t.fixErrors}
        </p>
      )}
      {approved && <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{t.revisionNote}</p>}
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-bold">{t.product}</legend>
        <Field name="name" label={t.name} error={error("name")}>
          {(p) => <input {...p} key={`n${k}`} required defaultValue={v.name} />}
        </Field>
        <Field name="groupId" label={t.group} error={error("groupId")}>
          {(p) => (
            <select {...p} key={`g${k}`} required defaultValue={v.groupId ?? ""}>
              <option value="">—</option>
              {Object.entries(groups).map(([id, name]) => (
                <option key={id} value={id}>
                  {id}. {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="price" label={t.price} hint={t.priceHint} error={error("price")}>
            {(p) => <input {...p} key={`p${k}`} inputMode="numeric" required defaultValue={v.price} />}
          </Field>
          <Field name="unit" label={t.unit} hint={t.unitHint} error={error("unit")}>
            {(p) => <input {...p} key={`u${k}`} required defaultValue={v.unit} />}
          </Field>
          <Field name="weightGrams" label={<>{t.weight} {optional}</>} error={error("weightGrams")}>
            {(p) => <input {...p} key={`w${k}`} inputMode="numeric" defaultValue={v.weightGrams} />}
          </Field>
          <Field name="shelfLifeDays" label={<>{t.shelfLife} {optional}</>} error={error("shelfLifeDays")}>
            {(p) => <input {...p} key={`s${k}`} inputMode="numeric" defaultValue={v.shelfLifeDays} />}
          </Field>
        </div>
        <Field name="description" label={<>{t.description} {optional}</>} error={error("description")}>
          {(p) => <textarea {...p} key={`d${k}`} rows={4} maxLength={3000} defaultValue={v.description} />}
        </Field>
        <div className="flex items-center gap-2">
          <input id="f-fragile" name="fragile" type="checkbox" key={`f${k}`} defaultChecked={v.fragile === "on"} className="h-5 w-5" />
          <label htmlFor="f-fragile">{t.fragile}</label>
        </div>
        <Field name="packagingNotes" label={t.packagingNotes} hint={t.packagingHint} error={error("packagingNotes")}>
          {(p) => <textarea {...p} key={`k${k}`} rows={2} maxLength={1000} defaultValue={v.packagingNotes} />}
        </Field>
        {photos.length > 0 && (
          <div>
            <p className="text-sm font-medium">{t.currentPhotos}</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {photos.map((photo) => (
                <li key={photo.url}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- already resized on upload */}
                  <img src={photo.url} alt={photo.alt} width={64} height={64} className="h-16 w-16 rounded object-cover" />
                </li>
              ))}
            </ul>
          </div>
        )}
        <Field name="photos" label={<>{t.photos} {optional}</>} hint={t.photosHint} error={error("photos")}>
          {(p) => <FileInput field={p} rules={{ ...PHOTO_RULES, maxCount: MAX_PHOTOS - photos.length }} multiple locale={locale} t={files} refused={state.fieldParams?.photos?.file} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-bold">{t.certificate}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="stars" label={t.stars} error={error("stars")}>
            {(p) => (
              <select {...p} key={`r${k}`} required defaultValue={v.stars ?? ""}>
                <option value="">—</option>
                {[3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {"★".repeat(n)} ({n})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="issuingLevel" label={t.issuingLevel} error={error("issuingLevel")}>
            {(p) => (
              <select {...p} key={`l${k}`} required defaultValue={v.issuingLevel ?? ""}>
                <option value="">—</option>
                {(["CENTRAL", "PROVINCE", "DISTRICT"] as const).map((level) => (
                  <option key={level} value={level}>
                    {levels[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="decisionNumber" label={t.decisionNumber} error={error("decisionNumber")}>
            {(p) => <input {...p} key={`c${k}`} required placeholder="123/QĐ-UBND" defaultValue={v.decisionNumber} />}
          </Field>
          <Field name="decisionDate" label={t.decisionDate} hint={t.expiryHint} error={error("decisionDate")}>
            {(p) => <input {...p} key={`t${k}`} type="date" required defaultValue={v.decisionDate} />}
          </Field>
        </div>
        <Field name="scan" label={<>{t.scan} {optional}</>} hint={hasScan ? `${t.scanHint} ${t.scanOnFile}` : t.scanHint} error={error("scan")}>
          {(p) => <FileInput field={p} rules={SCAN_RULES} locale={locale} t={files} refused={state.fieldParams?.scan?.file} />}
        </Field>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        {approved ? (
          <button type="submit" name="intent" value="save" disabled={pending} className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? t.saving : t.saveRevision}
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
              {pending ? t.saving : t.submit}
            </button>
            <button type="submit" name="intent" value="save" disabled={pending} className="rounded-md border border-stone-300 bg-white px-4 py-3 font-semibold hover:bg-stone-100 disabled:opacity-60">
              {t.save}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
