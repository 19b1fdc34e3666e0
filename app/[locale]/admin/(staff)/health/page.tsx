import Link from "next/link";
import { ProgrammePageHeader } from "@/components/programme/sections";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnDate } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listDueHealthReviews } from "@/lib/programme/queries";
import { HEALTH_REVIEW_EVERY_DAYS } from "@/lib/programme/rules";

export const generateMetadata = privatePageMetadata((m) => m.programme.health.due);

export default async function HealthDue({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/health"));
  const t = getMessages(locale).programme;
  const due = await listDueHealthReviews(user);
  return (
    <div className="space-y-6">
      <ProgrammePageHeader back={t.staffTitle} title={t.health.due} intro={fill(t.health.dueIntro, { days: HEALTH_REVIEW_EVERY_DAYS })} locale={locale} />
      {due.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.health.dueNone}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
          {due.map((shop) => (
            <li key={shop.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <Link href={`${localePath(locale, `/admin/reviews/shops/${shop.id}`)}#health`} className="font-semibold text-brand-700 underline">
                  {shop.name}
                </Link>
                <p className="text-sm text-stone-600">{shop.province}</p>
              </div>
              <span className="text-sm text-stone-700">{shop.last ? fill(t.health.last, { date: formatVnDate(new Date(shop.last), locale) }) : t.health.never}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
