import { notFound } from "next/navigation";
import { ShopForm } from "@/components/producers/shop-form";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getOwnShopForm } from "@/lib/producers/queries";
import { GrowthConsentForm } from "@/components/programme/sections";
import { formatVnDate } from "@/lib/format";
import { growthConsentAction } from "@/lib/programme/actions";
import { getOwnProgramme } from "@/lib/programme/queries";

export const generateMetadata = privatePageMetadata((m) => m.shopForm.title);

export default async function ShopPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/shop"));
  const [shop, programme] = await Promise.all([getOwnShopForm(user), getOwnProgramme(user)]);
  if (!shop) notFound();
  const t = getMessages(locale);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.shopForm.title}</h1>
      <p>
        {t.producer.shopStatus}: <Badge tone={shop.reviewStatus === "APPROVED" ? "green" : "amber"}>{t.review[shop.reviewStatus]}</Badge>
      </p>
      <ShopForm locale={locale} files={t.files} t={t.shopForm} r={t.register} legalForms={t.producerPage.legalForms} initial={shop.values} locked={shop.reviewStatus === "APPROVED"} />
      {programme && (
        <section aria-labelledby="seeds" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="seeds" className="text-lg font-bold">{t.programme.cohort.name}</h2>
          {programme.seedSince && <p className="text-sm">{fill(t.programme.cohort.member, { date: formatVnDate(new Date(programme.seedSince), locale) })}</p>}
          <GrowthConsentForm publishGrowth={programme.publishGrowth} action={growthConsentAction} t={t.programme} />
        </section>
      )}
    </div>
  );
}
