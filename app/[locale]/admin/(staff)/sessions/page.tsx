import Link from "next/link";
import { ApplicationDecision } from "@/components/admin/application-decision";
import { CopyWeek } from "@/components/admin/copy-week";
import { WeekBoard } from "@/components/admin/week-board";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnDate, formatVnTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getWeekBoard } from "@/lib/planning/queries";
import { addDays, comingSaturday, vnInstant } from "@/lib/time";

export const generateMetadata = privatePageMetadata((m) => m.staff.sessions.title);

const STATUS_TONE = { DRAFT: "amber", SCHEDULED: "green", LIVE: "live", COMPLETED: "neutral", CANCELLED: "red" } as const;

export default async function SessionPlanning({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ date?: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/sessions"));
  const t = getMessages(locale);
  const s = t.staff.sessions;
  const { date } = await searchParams;
  // Any day shows its week's Saturday.
  const saturday = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? comingSaturday(vnInstant(date, "00:00")) : comingSaturday();
  const board = await getWeekBoard(user, saturday);
  const base = localePath(locale, "/admin/sessions");
  const time = (iso: string) => formatVnTime(new Date(iso), locale);
  const open = board.sessions
    .filter((x) => x.status === "DRAFT" || x.status === "SCHEDULED")
    .map((x) => ({ value: x.id, label: `${time(x.startsAt)} · ${x.title} · ${x.channel.name}` }));
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{s.title}</h1>
          <p className="text-lg">{fill(s.weekOf, { date: formatVnDate(vnInstant(saturday, "12:00"), locale) })}</p>
        </div>
        <nav aria-label={s.title} className="flex flex-wrap gap-2 text-sm">
          <Link href={`${base}?date=${addDays(saturday, -7)}`} className="rounded-md border border-stone-300 px-3 py-2 hover:bg-stone-100">← {s.previousWeek}</Link>
          <Link href={`${base}?date=${addDays(saturday, 7)}`} className="rounded-md border border-stone-300 px-3 py-2 hover:bg-stone-100">{s.nextWeek} →</Link>
          <Link href={`${localePath(locale, "/admin/sessions/new")}?date=${saturday}`} className="rounded-md bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700">{s.newSession}</Link>
        </nav>
      </header>
      <CopyWeek saturday={saturday} t={s} errors={t.staff.errors} />

      {board.sessions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{s.empty}</p>
      ) : (
        <>
          <WeekBoard sessions={board.sessions} locale={locale} t={s} statusNames={t.status} warningNames={t.staff.warnings} />
          <DataTable label={s.list} columns={[s.time, s.form.title, s.channel, s.host, s.lineup, s.status, s.warnings]}>
            {board.sessions.map((x) => (
              <tr key={x.id} className="border-t border-stone-100 align-top">
                <td className="whitespace-nowrap px-3 py-2">{time(x.startsAt)}–{time(x.endsAt)}</td>
                <td className="px-3 py-2">
                  <Link href={localePath(locale, `/admin/sessions/${x.id}`)} className="font-semibold text-brand-700 underline">{x.title}</Link>
                </td>
                <td className="px-3 py-2">{x.channel.name}</td>
                <td className="px-3 py-2">{x.host.name}</td>
                <td className="px-3 py-2">
                  {fill(s.lineupCount, { count: x.lineupCount })}
                  {x.productNames.length > 0 && <span className="block text-xs text-stone-600">{x.productNames.join(", ")}</span>}
                </td>
                <td className="px-3 py-2"><Badge tone={STATUS_TONE[x.status]}>{t.status[x.status]}</Badge></td>
                <td className="px-3 py-2 text-amber-900">
                  {x.warnings.map((w, i) => (
                    <span key={i} className="block">⚠ {fill(t.staff.warnings[w.key], { detail: w.detail ?? "" })}</span>
                  ))}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}

      <section aria-labelledby="applications" className="space-y-3">
        <h2 id="applications" className="text-lg font-bold">{s.applications} ({board.applications.length})</h2>
        {board.applications.length === 0 ? (
          <p className="text-stone-600">{s.noApplications}</p>
        ) : (
          <ul className="space-y-3">
            {board.applications.map((a) => (
              <li key={a.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-3">
                <p className="font-semibold">{a.producer} · {a.province}</p>
                <p className="text-sm">{a.products.join(", ")}</p>
                <p className="text-sm text-stone-600">
                  {s.preferredTime}: {a.preferredTime ?? "—"}
                  {a.note ? ` · ${a.note}` : ""}
                </p>
                <ApplicationDecision applicationId={a.id} sessions={open} t={s} errors={t.staff.errors} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
