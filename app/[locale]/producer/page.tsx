import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/stat-card";
import { requireRole } from "@/lib/auth/guards";
import { DataTable } from "@/components/ui/data-table";
import { localePath } from "@/lib/i18n/locales";
import { getProducerDashboard } from "@/lib/dashboard/queries";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { listOwnNotifications } from "@/lib/notifications/queries";
import { ReadinessChecklist } from "@/components/programme/readiness-checklist";
import { getOwnProgramme, getOwnReadiness } from "@/lib/programme/queries";
import { HealthReviewCard } from "@/components/programme/sections";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { acknowledgeHealthAction } from "@/lib/programme/actions";
import { formatNumber, formatVnd, formatVnDate, formatVnDateTime, formatVnSlot } from "@/lib/format";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";

export const generateMetadata = privatePageMetadata((m) => m.nav.producer);

const REVIEW_ORDER = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED"] as const;

export default async function ProducerHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  // Layouts and pages render in parallel: the page checks on its own too.
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer"));
  const [d, notifications, readiness, programme] = await Promise.all([getProducerDashboard(user), listOwnNotifications(user, locale), getOwnReadiness(user), getOwnProgramme(user)]);
  if (!d) return <p className="rounded-lg border border-amber-200 bg-amber-50 p-4">{t.producer.noShop}</p>;
  const n = (value: number) => formatNumber(value, locale);
  const shopTone = d.shop.reviewStatus === "APPROVED" ? "green" : d.shop.reviewStatus === "REJECTED" ? "red" : "amber";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-stone-600">{t.producer.title}</p>
        <h1 className="text-2xl font-bold">{d.shop.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-stone-600">{t.producer.shopStatus}:</span>
          <Badge tone={shopTone}>{t.review[d.shop.reviewStatus]}</Badge>
          <span className="text-stone-600">· {d.shop.province}</span>
          <Link href={localePath(locale, "/producer/shop")} className="font-semibold text-brand-700 underline">
            {t.shopForm.link}
          </Link>
          <Link href={localePath(locale, "/account")} className="font-semibold text-brand-700 underline">
            {t.account.link}
          </Link>
        </p>
        {d.shop.reviewReason && (
          <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
            <strong>{t.producer.reason}:</strong> {d.shop.reviewReason}
          </p>
        )}
      </header>

      {/* Until the first live, and whenever a step lapses (a certificate expires, a new fragile product). */}
      {readiness && (!readiness.hadSession || !readiness.ready) && <ReadinessChecklist readiness={readiness} locale={locale} t={t.programme.readiness} />}

      {programme?.seedSince && (
        <p className="flex flex-wrap items-center gap-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          <Badge tone="green">{t.programme.cohort.badge}</Badge> {fill(t.programme.cohort.member, { date: formatVnDate(new Date(programme.seedSince), locale) })}
        </p>
      )}

      {programme?.review && (
        <section aria-labelledby="health" className={`space-y-3 rounded-lg border p-4 ${programme.review.acknowledgedAt ? "border-stone-200 bg-white" : "border-amber-200 bg-amber-50"}`}>
          <h2 id="health" className="text-lg font-bold">{t.programme.health.yourReview}</h2>
          <HealthReviewCard review={programme.review} locale={locale} t={t.programme} forStaff={false} />
          {programme.review.acknowledgedAt ? (
            <p className="text-sm text-stone-600">{fill(t.programme.health.acked, { date: formatVnDateTime(new Date(programme.review.acknowledgedAt), locale) })}</p>
          ) : (
            <ActionForm action={acknowledgeHealthAction} errors={t.programme.errors} label={t.programme.health.ack}>
              <input type="hidden" name="reviewId" value={programme.review.id} />
              <SubmitButton>{t.programme.health.ack}</SubmitButton>
            </ActionForm>
          )}
        </section>
      )}

      <section aria-labelledby="notifications">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="notifications" className="text-lg font-bold">
            {t.notifications.title}
            {notifications.unread > 0 && <span className="ml-2 text-sm font-normal text-stone-600">({fill(t.notifications.unread, { count: notifications.unread })})</span>}
          </h2>
          {notifications.unread > 0 && (
            <form action={markNotificationsReadAction}>
              <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100">
                {t.notifications.markRead}
              </button>
            </form>
          )}
        </div>
        {notifications.items.length === 0 ? (
          <p className="text-stone-600">{t.notifications.none}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {notifications.items.map((item) => (
              <li key={item.id} className="p-3">
                <p className="font-semibold">
                  {!item.read && <Badge tone="amber">{t.notifications.new}</Badge>} {item.title}
                </p>
                <p className="text-sm text-stone-700">{item.body}</p>
                <p className="text-xs text-stone-600">
                  <time dateTime={item.createdAt}>{formatVnDateTime(new Date(item.createdAt), locale)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="products">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="products" className="text-lg font-bold">{t.producer.productsByStatus}</h2>
          <Link href={localePath(locale, "/producer/products")} className="text-sm font-semibold text-brand-700 underline">
            {t.productForm.listTitle}
          </Link>
        </div>
        {Object.keys(d.productsByStatus).length === 0 ? (
          <p className="text-stone-600">{t.producer.noProducts}</p>
        ) : (
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
            {REVIEW_ORDER.map((status) => (
              <StatCard key={status} label={t.review[status]} value={n(d.productsByStatus[status] ?? 0)} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-3 text-lg font-bold">{t.producer.upcoming}</h2>
        {d.upcoming.length === 0 ? (
          <p className="text-stone-600">{t.producer.noUpcoming}</p>
        ) : (
          <ul className="space-y-2">
            {d.upcoming.map((s) => (
              <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="font-semibold">{s.title}</p>
                <p className="text-sm text-stone-600">
                  <time dateTime={s.startsAt}>{formatVnSlot(new Date(s.startsAt), new Date(s.endsAt), locale)}</time> · {s.products.join(", ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="applications">
        <h2 id="applications" className="mb-3 text-lg font-bold">{t.producer.applications}</h2>
        <p>
          {fill(t.producer.pendingApplications, { count: d.applications.PENDING ?? 0 })} ·{" "}
          <Link href={localePath(locale, "/producer/applications")} className="font-semibold text-brand-700 underline">
            {t.applications.title}
          </Link>
        </p>
      </section>

      <section aria-labelledby="results">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="results" className="text-lg font-bold">{t.producer.results}</h2>
          <Link href={localePath(locale, "/producer/results")} className="text-sm font-semibold text-brand-700 underline">
            {t.results.link}
          </Link>
        </div>
        {d.results.length === 0 ? (
          <p className="text-stone-600">{t.producer.noResults}</p>
        ) : (
          <DataTable label={t.producer.results} columns={[t.producer.date, t.producer.session, { label: t.admin.orders, numeric: true }, { label: t.admin.gmv, numeric: true }]}>
            {d.results.map((r) => (
              <tr key={r.sessionId} className="border-t border-stone-100">
                <td className="whitespace-nowrap px-3 py-2">{formatVnDateTime(new Date(r.startsAt), locale)}</td>
                <td className="px-3 py-2">{r.title}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(r.orders)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatVnd(BigInt(r.gmvVnd), locale)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
