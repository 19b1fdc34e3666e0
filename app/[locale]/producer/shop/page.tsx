import { notFound } from "next/navigation";
import { ShopForm } from "@/components/producers/shop-form";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getOwnShopForm } from "@/lib/producers/queries";

export const generateMetadata = privatePageMetadata((m) => m.shopForm.title);

export default async function ShopPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/shop"));
  const shop = await getOwnShopForm(user);
  if (!shop) notFound();
  const t = getMessages(locale);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.shopForm.title}</h1>
      <p>
        {t.producer.shopStatus}: <Badge tone={shop.reviewStatus === "APPROVED" ? "green" : "amber"}>{t.review[shop.reviewStatus]}</Badge>
      </p>
      <ShopForm t={t.shopForm} r={t.register} legalForms={t.producerPage.legalForms} initial={shop.values} locked={shop.reviewStatus === "APPROVED"} />
    </div>
  );
}
