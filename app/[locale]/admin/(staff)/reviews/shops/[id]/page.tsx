import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/admin/decision-form";
import { Facts, LatestDecisionNotice, ReviewHistory } from "@/components/admin/review-history";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getShopReview } from "@/lib/reviews/queries";
import { ReadinessChecklist } from "@/components/programme/readiness-checklist";
import { getHealthPanel, getShopReadiness } from "@/lib/programme/queries";
import { CohortSection, HealthSection } from "@/components/programme/sections";

export const generateMetadata = privatePageMetadata((m) => m.staff.reviews.title);

export default async function ShopReview({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, `/admin/reviews/shops/${id}`));
  const [shop, readiness, health] = await Promise.all([getShopReview(user, id), getShopReadiness(user, id), getHealthPanel(user, id)]);
  if (!shop) notFound();
  const t = getMessages(locale);
  const r = t.staff.reviews;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={localePath(locale, "/admin/reviews?queue=shops")} className="underline">{r.title}</Link>
        </p>
        <h1 className="text-2xl font-bold">{shop.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={shop.reviewStatus === "APPROVED" ? "green" : shop.reviewStatus === "REJECTED" ? "red" : "amber"}>{t.review[shop.reviewStatus]}</Badge>
          {shop.reviewStatus === "APPROVED" && <Link href={localePath(locale, `/producers/${shop.slug}`)} className="underline">{r.viewPublic}</Link>}
          <Link href={`${localePath(locale, "/admin/audit")}?entityType=Producer&entityId=${shop.id}`} className="underline">{t.staff.common.history}</Link>
        </p>
      </header>
      {shop.reviewStatus === "SUBMITTED" ? (
        <DecisionForm target="PRODUCER" id={shop.id} version={shop.version} t={r} errors={t.staff.errors} />
      ) : (
        <LatestDecisionNotice latest={shop.latest} locale={locale} t={r} />
      )}
      {readiness && <ReadinessChecklist readiness={readiness} locale={locale} t={t.programme.readiness} forStaff />}
      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-lg font-bold">{r.details}</h2>
        {shop.logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={shop.logoUrl} alt="" width={96} height={96} className="h-24 w-24 rounded-full object-cover" />
        )}
        <Facts
          items={[
            [r.legalForm, t.producerPage.legalForms[shop.legalForm]],
            [r.taxCode, shop.taxCode],
            [r.province, shop.province.name],
            [r.address, shop.address],
            [r.phone, shop.phone],
            [r.email, shop.email],
            [t.staff.common.tiktokHandle, shop.tiktokHandle ? `@${shop.tiktokHandle}` : null],
            [r.description, shop.description],
            [r.members, shop.members.map((m) => `${m.user.name} <${m.user.email}>`).join(", ")],
            [r.productsByStatus, Object.entries(shop.productsByStatus).map(([k, n]) => `${t.review[k as keyof typeof t.review]}: ${n}`).join(" · ") || "—"],
          ]}
        />
      </section>
      <ReviewHistory locale={locale} history={shop.history} sessions={shop.sessions} t={r} />
      {health && shop.reviewStatus === "APPROVED" && <HealthSection producerId={shop.id} panel={health} locale={locale} t={t.programme} />}
      {health && <CohortSection producerId={shop.id} panel={health} approved={shop.reviewStatus === "APPROVED"} locale={locale} t={t.programme} />}
    </div>
  );
}
