import Link from "next/link";
import { ApplicationForm } from "@/components/applications/application-form";
import { WithdrawButton } from "@/components/applications/withdraw-button";
import { Badge } from "@/components/ui/badge";
import { listApplicableProducts, listOwnApplications } from "@/lib/applications/queries";
import { openSaturdays, SLOT_TIMES } from "@/lib/applications/schema";
import { requireRole } from "@/lib/auth/guards";
import { formatVnDate, formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { vnInstant } from "@/lib/time";

export const generateMetadata = privatePageMetadata((m) => m.applications.title);

const TONES = { PENDING: "amber", ACCEPTED: "green", DECLINED: "red", WITHDRAWN: "neutral" } as const;

export default async function ApplicationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/applications"));
  const t = getMessages(locale);
  const [applications, products] = await Promise.all([listOwnApplications(user), listApplicableProducts(user)]);
  const day = (d: string) => formatVnDate(vnInstant(d, "12:00"), locale);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t.applications.title}</h1>
        <p className="text-stone-600">{t.applications.intro}</p>
      </header>
      {products.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.applications.noProducts}</p>
      ) : (
        <ApplicationForm
          t={t.applications}
          saturdays={openSaturdays().map((value) => ({ value, label: day(value) }))}
          times={SLOT_TIMES}
          products={products.map((p) => ({ ...p, packagingHref: localePath(locale, `/producer/products/${p.id}/packaging`) }))}
        />
      )}
      <section aria-labelledby="sent">
        <h2 id="sent" className="mb-2 text-lg font-bold">{t.applications.list}</h2>
        {applications.length === 0 ? (
          <p className="text-stone-600">{t.applications.none}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {applications.map((a) => (
              <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 p-3">
                <div className="min-w-0">
                  <p className="font-semibold">
                    {day(a.saturday)}
                    {a.preferredTime && <span className="font-normal text-stone-600"> · {a.preferredTime}</span>}
                  </p>
                  <p className="text-sm text-stone-600">{a.products.join(", ")}</p>
                  {a.reason && (
                    <p className="text-sm">
                      {t.applications.reason}: {a.reason}
                    </p>
                  )}
                  {a.session && (
                    <p className="text-sm">
                      {t.applications.acceptedInto}:{" "}
                      <Link href={localePath(locale, `/sessions/${a.session.id}`)} className="text-brand-700 underline">
                        {a.session.title}
                      </Link>{" "}
                      ({formatVnDateTime(new Date(a.session.startsAt), locale)})
                    </p>
                  )}
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone={TONES[a.status]}>{t.applications.statuses[a.status]}</Badge>
                  {a.status === "PENDING" && <WithdrawButton applicationId={a.id} t={t.applications} label={day(a.saturday)} />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
