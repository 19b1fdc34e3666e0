import { ProductForm } from "@/components/products/product-form";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";

export const generateMetadata = privatePageMetadata((m) => m.productForm.newTitle);

export default async function NewProduct({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/products/new"));
  const t = getMessages(locale);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.productForm.newTitle}</h1>
      <ProductForm files={t.files} locale={locale} t={t.productForm} groups={t.groups} levels={t.productPage.levels} initial={{}} approved={false} />
    </div>
  );
}
