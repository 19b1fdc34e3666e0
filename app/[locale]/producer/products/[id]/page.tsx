import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/products/product-form";
import { ProductListingForm } from "@/components/orders/product-listing-form";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getOwnProductForm } from "@/lib/products/owner-queries";

export const generateMetadata = privatePageMetadata((m) => m.productForm.editTitle);

export default async function EditProduct({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, `/producer/products/${id}`));
  const product = await getOwnProductForm(user, id);
  if (!product || product.reviewStatus === "REJECTED") notFound();
  const t = getMessages(locale);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.productForm.editTitle}</h1>
      <p>
        {t.productForm.status}: <strong>{t.review[product.reviewStatus]}</strong>
        {product.pendingRevision && <> · {t.productForm.pendingRevision}</>}
        {product.values.fragile === "on" && (
          <>
            {" · "}
            <Link href={localePath(locale, `/producer/products/${id}/packaging`)} className="font-semibold text-brand-700 underline">
              {t.programme.packaging.title}
            </Link>
          </>
        )}
      </p>
      {product.reviewReason && product.reviewStatus === "CHANGES_REQUESTED" && (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          <strong>{t.producer.reason}:</strong> {product.reviewReason}
        </p>
      )}
      <ProductForm
        files={t.files}
        locale={locale}
        t={t.productForm}
        groups={t.groups}
        levels={t.productPage.levels}
        initial={product.values}
        approved={product.reviewStatus === "APPROVED"}
        photos={product.photos}
        hasScan={product.hasScan}
      />
      <ProductListingForm productId={id} initial={product.listing} t={t.orders.listing} errors={t.orders.errors} />
    </div>
  );
}
