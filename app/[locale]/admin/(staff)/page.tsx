import Link from "next/link";
import { StatCard } from "@/components/ui/stat-card";
import type { AuditAction } from "@/lib/audit/actions";
import { getStaffDashboard } from "@/lib/dashboard/queries";
import { getProgrammeWaiting } from "@/lib/programme/queries";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { DataTable } from "@/components/ui/data-table";
import { localePath } from "@/lib/i18n/locales";
import { formatNumber, formatVnd, formatVndShort, formatVnDate, formatVnDateTime } from "@/lib/format";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { vnInstant } from "@/lib/time";

export const generateMetadata = privatePageMetadata((m) => m.staff.nav.overview);

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  // Layouts and pages render in parallel: the page checks on its own too.
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin"));
  const [d, programme] = await Promise.all([getStaffDashboard(user), getProgrammeWaiting(user)]);
  const n = (value: number) => formatNumber(value, locale);
  const saturdayTotal = Object.values(d.saturday.byStatus).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-stone-600">{user.role === "ADMIN" ? t.admin.roleADMIN : t.admin.roleSTAFF}</p>
        <h1 className="text-2xl font-bold">{fill(t.admin.greeting, { name: user.name })}</h1>
      </header>

      <section aria-labelledby="waiting">
        <h2 id="waiting" className="mb-3 text-lg font-bold">{t.admin.waitingReview}</h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t.admin.producersWaiting} value={n(d.waiting.producers)} />
          <StatCard label={t.admin.productsWaiting} value={n(d.waiting.products + d.waiting.revisions)} />
          <StatCard label={t.admin.applicationsWaiting} value={n(d.waiting.applications)} />
          <StatCard label={t.admin.certificatesExpiring} value={n(d.certificates.expiringSoon)} tone={d.certificates.expiringSoon ? "warn" : "default"} />
        </div>
      </section>

      <section aria-labelledby="programme">
        <h2 id="programme" className="mb-3 text-lg font-bold">{t.programme.waiting.title}</h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t.programme.waiting.packaging} value={n(programme.packaging)} href={localePath(locale, "/admin/packaging")} tone={programme.packaging ? "warn" : "default"} />
          <StatCard label={t.programme.waiting.enrolments} value={n(programme.enrolments)} href={localePath(locale, "/admin/training")} />
          <StatCard label={t.programme.waiting.attendance} value={n(programme.attendance)} href={localePath(locale, "/admin/training")} tone={programme.attendance ? "warn" : "default"} />
          <StatCard label={t.programme.waiting.health} value={n(programme.healthDue)} href={localePath(locale, "/admin/health")} tone={programme.healthDue ? "warn" : "default"} />
        </div>
        {programme.due.length > 0 && (
          <div className="mt-3 text-sm">
            <p className="font-semibold">{t.programme.health.due}</p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {programme.due.map((shop) => (
                <li key={shop.id}>
                  <Link href={`${localePath(locale, `/admin/reviews/shops/${shop.id}`)}#health`} className="text-brand-700 underline">{shop.name}</Link>
                </li>
              ))}
              {programme.healthDue > programme.due.length && (
                <li>
                  <Link href={localePath(locale, "/admin/health")} className="underline">{fill(t.programme.health.more, { count: programme.healthDue - programme.due.length })}</Link>
                </li>
              )}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="saturday">
        <h2 id="saturday" className="mb-3 text-lg font-bold">
          {t.admin.sessionsThisSaturday} · {formatVnDate(vnInstant(d.saturday.date, "12:00"), locale)}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t.admin.sessionsThisSaturday} value={n(saturdayTotal)} />
          {(["SCHEDULED", "DRAFT", "CANCELLED"] as const).map((status) => (
            <StatCard key={status} label={t.status[status]} value={n(d.saturday.byStatus[status] ?? 0)} />
          ))}
        </div>
      </section>

      <section aria-labelledby="last">
        <h2 id="last" className="mb-3 text-lg font-bold">
          {fill(t.admin.lastSaturday, { date: formatVnDate(vnInstant(d.lastSaturday.date, "12:00"), locale) })}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t.admin.gmv} value={formatVndShort(BigInt(d.lastSaturday.gmvVnd), locale)} exact={formatVnd(BigInt(d.lastSaturday.gmvVnd), locale)} />
          <StatCard label={t.admin.orders} value={n(d.lastSaturday.orders)} />
          <StatCard label={t.admin.viewers} value={n(d.lastSaturday.viewers)} />
          <StatCard label={t.admin.sessionsHeld} value={n(d.lastSaturday.sessionsHeld)} />
        </div>
      </section>

      <section aria-labelledby="totals">
        <h2 id="totals" className="mb-3 text-lg font-bold">{t.admin.totals}</h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <StatCard label={t.admin.approvedProducers} value={n(d.totals.approvedProducers)} />
          <StatCard label={t.admin.approvedProducts} value={n(d.totals.approvedProducts)} />
          <StatCard label={t.admin.gmv} value={formatVndShort(BigInt(d.totals.gmvVnd), locale)} exact={formatVnd(BigInt(d.totals.gmvVnd), locale)} />
          <StatCard label={t.admin.certificatesExpired} value={n(d.certificates.expired)} tone={d.certificates.expired ? "warn" : "default"} />
        </div>
      </section>

      <section aria-labelledby="audit">
        <h2 id="audit" className="mb-3 text-lg font-bold">{t.admin.recentAudit}</h2>
        {d.recentAudit.length === 0 ? (
          <p className="text-stone-600">{t.admin.noAudit}</p>
        ) : (
          <DataTable label={t.admin.recentAudit} columns={[t.admin.time, t.admin.actor, t.admin.action]}>
            {d.recentAudit.map((a) => (
              <tr key={a.id} className="border-t border-stone-100">
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={a.createdAt}>{formatVnDateTime(new Date(a.createdAt), locale)}</time>
                </td>
                <td className="px-3 py-2">{a.actorName ?? t.admin.system}</td>
                <td className="px-3 py-2" title={a.action}>{t.staff.audit.actions[a.action as AuditAction] ?? a.action}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
