import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionForm } from "@/components/admin/session-form";
import { LineupButton, StatusButtons } from "@/components/admin/session-controls";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { sessionFormOptions } from "@/lib/planning/options";
import { findLineupCandidates, getSessionForEdit } from "@/lib/planning/queries";
import { SESSION_TRANSITIONS } from "@/lib/planning/schema";
import { listFirstLiveWarnings } from "@/lib/programme/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.sessions.title);

export default async function EditSession({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ q?: string; created?: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, `/admin/sessions/${id}`));
  const session = await getSessionForEdit(user, id);
  if (!session) notFound();
  const t = getMessages(locale);
  const s = t.staff.sessions;
  const { q = "", created } = await searchParams;
  const [options, candidates, unready] = await Promise.all([
    sessionFormOptions(user, locale, { hostId: session.values.hostId, channelId: session.values.channelId }),
    findLineupCandidates(user, q),
    listFirstLiveWarnings(user, id),
  ]);
  const ready = t.programme.readiness;
  const locked = session.status === "COMPLETED" || session.status === "CANCELLED";
  const inLineup = new Set(session.lineup.map((p) => p.id));
  const self = localePath(locale, `/admin/sessions/${id}`);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`${localePath(locale, "/admin/sessions")}?date=${session.date}`} className="underline">← {s.back}</Link>
        </p>
        <h1 className="text-2xl font-bold">{session.values.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={session.status === "SCHEDULED" ? "green" : session.status === "CANCELLED" ? "red" : "amber"}>{t.status[session.status]}</Badge>
          {(session.status === "SCHEDULED" || session.status === "LIVE" || session.status === "COMPLETED" || session.status === "CANCELLED") && (
            <Link href={localePath(locale, `/sessions/${id}`)} className="underline">{t.staff.reviews.viewPublic}</Link>
          )}
          <Link href={`${localePath(locale, "/admin/audit")}?entityType=LiveSession&entityId=${id}`} className="underline">{t.staff.common.history}</Link>
          <Link href={localePath(locale, `/admin/sessions/${id}/results`)} className="underline">{t.staff.revenue.resultsTitle}</Link>
        </p>
        {created && <p role="status" className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">{s.created}</p>}
      </header>

      <section aria-labelledby="status" className="space-y-2">
        <h2 id="status" className="text-lg font-bold">{s.status}</h2>
        <p className="text-sm text-stone-600">{s.statusHint}</p>
        {!locked && !session.values.liveUrl && (SESSION_TRANSITIONS[session.status] as readonly string[]).includes("SCHEDULED") && (
          <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{s.publishWithoutLink}</p>
        )}
        {locked ? <p>{s.locked}</p> : <StatusButtons sessionId={id} version={session.version} next={SESSION_TRANSITIONS[session.status]} t={s} errors={t.staff.errors} />}
      </section>

      <section aria-labelledby="lineup" className="space-y-3">
        <h2 id="lineup" className="text-lg font-bold">{fill(s.lineupTitle, { count: session.lineup.length })}</h2>
        {!locked && unready.length > 0 && (
          <div role="note" className="space-y-1 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            <p className="font-semibold">⚠ {ready.firstLiveWarning}</p>
            <p>{ready.firstLiveHint}</p>
            <ul className="list-disc pl-5">
              {unready.map((u) => (
                <li key={u.producerId}>
                  <Link href={localePath(locale, `/admin/reviews/shops/${u.producerId}`)} className="font-semibold underline">{u.name}</Link>
                  {" — "}
                  {fill(ready.missing, { steps: u.missing.map((m) => ready.steps[m]).join("; ") })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {session.lineup.length === 0 ? (
          <p className="text-stone-600">{s.lineupEmpty}</p>
        ) : (
          <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {session.lineup.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
                <span>
                  <span className="font-semibold">{p.name}</span> <span className="text-sm text-stone-600">· {p.producer}</span>
                  {!p.approved && <Badge tone="red">{t.review.SUBMITTED}</Badge>}
                </span>
                {!locked && <LineupButton sessionId={id} productId={p.id} change="remove" label={s.remove} name={p.name} errors={t.staff.errors} />}
              </li>
            ))}
          </ol>
        )}
        {!locked && (
          <div className="space-y-2">
            <form method="get" action={self} role="search" className="flex flex-wrap items-end gap-2">
              <label className="block flex-1 text-sm">
                <span className="font-medium">{s.searchProducts}</span>
                <input name="q" defaultValue={q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
              </label>
              <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-semibold text-white">{s.search}</button>
            </form>
            {q.trim().length >= 2 &&
              (candidates.length === 0 ? (
                <p className="text-stone-600">{s.noMatches}</p>
              ) : (
                <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
                  {candidates.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
                      <span>
                        <span className="font-semibold">{c.name}</span> <span className="text-sm text-stone-600">· {c.producer} · {c.province}</span>
                      </span>
                      {c.packagingBlocked ? (
                        <Badge tone="amber">{t.programme.packaging.blocked}</Badge>
                      ) : (
                        !inLineup.has(c.id) && <LineupButton sessionId={id} productId={c.id} change="add" label={s.add} name={c.name} errors={t.staff.errors} />
                      )}
                    </li>
                  ))}
                </ul>
              ))}
          </div>
        )}
      </section>

      {!locked && (
        <section aria-labelledby="edit" className="space-y-3">
          <h2 id="edit" className="text-lg font-bold">{s.editTitle}</h2>
          <SessionForm locale={locale} values={session.values} {...options} t={s} common={t.staff.common} errors={t.staff.errors} />
        </section>
      )}
    </div>
  );
}
