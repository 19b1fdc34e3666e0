import Link from "next/link";
import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { CheckboxField } from "@/components/programme/form-parts";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnSlot } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { createWorkshopAction, readinessRuleAction } from "@/lib/programme/actions";
import { getProgrammeWaiting, getReadinessRule, listWorkshops, type WorkshopRow } from "@/lib/programme/queries";
import { WORKSHOP_TOPICS } from "@/lib/programme/rules";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export const generateMetadata = privatePageMetadata((m) => m.programme.staffTitle);

function WorkshopList({ rows, locale, t, empty }: { rows: WorkshopRow[]; locale: Locale; t: Messages["programme"]; empty: string }) {
  if (rows.length === 0) return <p className="text-stone-600">{empty}</p>;
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {rows.map((w) => (
        <li key={w.id} className="flex flex-wrap items-start justify-between gap-2 p-3">
          <div className="min-w-0">
            <Link href={localePath(locale, `/admin/training/${w.id}`)} className="font-semibold text-brand-700 underline">
              {w.title}
            </Link>
            <p className="text-sm text-stone-700">
              {formatVnSlot(new Date(w.startsAt), new Date(w.endsAt), locale)} · {t.topics[w.topic]} · {w.place ?? t.online}
            </p>
          </div>
          <Badge tone={w.enrolled >= w.capacity ? "amber" : "neutral"}>{fill(t.seats, { taken: w.enrolled, capacity: w.capacity })}</Badge>
        </li>
      ))}
    </ul>
  );
}

export default async function Training({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/training"));
  const m = getMessages(locale);
  const t = m.programme;
  const [{ coming, past }, waiting, hardStop] = await Promise.all([listWorkshops(user), getProgrammeWaiting(user), getReadinessRule(user)]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.staffTitle}</h1>
        <p className="text-stone-600">{t.staffIntro}</p>
        {(
          [
            ["/admin/packaging", t.packagingQueue, waiting.packaging],
            ["/admin/health", t.health.due, waiting.healthDue],
          ] as const
        ).map(([href, label, count]) => (
          <p key={href}>
            <Link href={localePath(locale, href)} className="inline-flex items-center gap-2 font-semibold text-brand-700 underline">
              {label}
              <Badge tone={count ? "amber" : "neutral"}>{count}</Badge>
            </Link>
          </p>
        ))}
      </header>

      <section aria-labelledby="coming" className="space-y-2">
        <h2 id="coming" className="text-lg font-bold">{t.coming}</h2>
        <WorkshopList rows={coming} locale={locale} t={t} empty={t.noneComing} />
      </section>

      <section aria-labelledby="new" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="new" className="text-lg font-bold">{t.newWorkshop}</h2>
        <ActionForm action={createWorkshopAction} errors={t.errors} success={t.form.created} label={t.newWorkshop}>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField name="title" label={t.form.title} required />
            <FormField name="topic" label={t.form.topic} options={WORKSHOP_TOPICS.map((value) => ({ value, label: t.topics[value] }))} defaultValue="LIVESTREAM" />
            <FormField name="date" label={t.form.date} type="date" required />
            <div className="grid grid-cols-2 gap-2">
              <FormField name="start" label={t.form.start} type="time" defaultValue="14:00" required />
              <FormField name="end" label={t.form.end} type="time" defaultValue="16:00" required />
            </div>
            <FormField name="place" label={t.form.place} />
            <FormField name="onlineUrl" label={t.form.onlineUrl} type="url" />
            <FormField name="capacity" label={t.form.capacity} type="number" defaultValue="40" required />
          </div>
          <FormField name="description" label={t.form.description} rows={3} />
          <SubmitButton>{t.form.submit}</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="past" className="space-y-2">
        <h2 id="past" className="text-lg font-bold">{t.past}</h2>
        <WorkshopList rows={past} locale={locale} t={t} empty={t.nonePast} />
      </section>

      <section aria-labelledby="rule" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="rule" className="text-lg font-bold">{t.readinessRule}</h2>
        <p className="text-sm text-stone-600">{t.readinessRuleHint}</p>
        {user.role === "ADMIN" ? (
          <ActionForm action={readinessRuleAction} errors={t.errors} success={t.ruleSaved} label={t.readinessRule}>
            <CheckboxField name="hardStop" label={t.hardStop} defaultChecked={hardStop} />
            <SubmitButton tone="secondary">{t.saveRule}</SubmitButton>
          </ActionForm>
        ) : (
          <p className="text-sm font-semibold">{hardStop ? t.ruleHardStop : t.ruleWarnOnly}</p>
        )}
      </section>
    </div>
  );
}
