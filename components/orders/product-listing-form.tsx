"use client";

import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import type { Messages } from "@/lib/i18n/messages";
import { updateProductListingAction } from "@/lib/orders/actions";

/** A product's TikTok Shop id and SKUs, so that order exports find it (a form of its own: it needs no review). */
export function ProductListingForm({
  productId,
  initial,
  t,
  errors,
}: {
  productId: string;
  initial: { tiktokProductId: string; skus: string[] };
  t: Messages["orders"]["listing"];
  errors: Record<string, string>;
}) {
  return (
    <section aria-labelledby="listing" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="listing" className="text-lg font-bold">{t.title}</h2>
      <p className="text-sm text-stone-700">{t.intro}</p>
      <ActionForm action={updateProductListingAction} errors={errors} success={t.saved} notes={{ ordersRematched: t.rematched }} label={t.title}>
        <input type="hidden" name="productId" value={productId} />
        <FormField name="tiktokProductId" label={t.tiktokProductId} defaultValue={initial.tiktokProductId} />
        <FormField name="skus" label={t.skus} defaultValue={initial.skus.join("\n")} rows={4} />
        <SubmitButton pendingLabel={t.saving}>{t.save}</SubmitButton>
      </ActionForm>
    </section>
  );
}
