import { CheckboxField, FileField } from "@/components/programme/form-parts";
import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { formatNumber, formatShare, formatVnd, formatVnDate, formatVnDateTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages, type Messages } from "@/lib/i18n/messages";
import { cohortAction, complaintAction, healthReviewAction } from "@/lib/programme/actions";
import type { HealthReviewRow } from "@/lib/programme/queries";
import { COMPLAINT_SOURCES, COMPLAINT_WINDOW_DAYS, COMPLAINTS_TO_REOPEN, HEALTH_REVIEW_EVERY_DAYS, HEALTH_SCORES } from "@/lib/programme/rules";

type T = Messages["programme"];

export type ComplaintRow = {
  id: string;
  source: (typeof COMPLAINT_SOURCES)[number];
  description: string;
  photoUrls: string[];
  createdAt: string;
  session: { id: string; title: string; startsAt: string } | null;
  recordedBy: string;
};

/** A product's damage complaints, newest first (staff and the product's producer). */
export function ComplaintList({ complaints, locale, t }: { complaints: ComplaintRow[]; locale: Locale; t: T }) {
  if (complaints.length === 0) return <p className="text-stone-600">{t.complaints.none}</p>;
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {complaints.map((c) => (
        <li key={c.id} className="space-y-1 p-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone="red">{t.complaints.sources[c.source]}</Badge>
            {c.session && (
              <span className="text-stone-700">
                {c.session.title} · {formatVnDate(new Date(c.session.startsAt), locale)}
              </span>
            )}
          </p>
          <p>{c.description}</p>
          {c.photoUrls.length > 0 && (
            <p className="flex flex-wrap gap-2">
              {c.photoUrls.map((url, n) => (
                // eslint-disable-next-line @next/next/no-img-element -- an uploaded photo at its stored size
                <img key={url} src={url} alt={fill(t.complaints.photoAlt, { n: n + 1 })} width={80} height={80} className="h-20 w-20 rounded object-cover" />
              ))}
            </p>
          )}
          <p className="text-xs text-stone-600">{fill(t.complaints.by, { name: c.recordedBy, date: formatVnDateTime(new Date(c.createdAt), locale) })}</p>
        </li>
      ))}
    </ul>
  );
}

/** Staff: record a damage complaint against a product, and read its history. */
export function ComplaintSection({ productId, sessions, complaints, locale, t }: { productId: string; sessions: { id: string; title: string; startsAt: string }[]; complaints: ComplaintRow[]; locale: Locale; t: T }) {
  return (
    <section aria-labelledby="complaints" className="space-y-3">
      <h2 id="complaints" className="text-lg font-bold">{t.complaints.title} ({complaints.length})</h2>
      <p className="text-sm text-stone-600">{fill(t.complaints.intro, { count: COMPLAINTS_TO_REOPEN, days: COMPLAINT_WINDOW_DAYS })}</p>
      <ComplaintList complaints={complaints} locale={locale} t={t} />
      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t.complaints.record}</summary>
        <ActionForm action={complaintAction} errors={t.errors} success={t.complaints.recorded} label={t.complaints.record} className="mt-3 space-y-4">
          <input type="hidden" name="productId" value={productId} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField name="source" label={t.complaints.source} options={COMPLAINT_SOURCES.map((value) => ({ value, label: t.complaints.sources[value] }))} />
            <FormField
              name="sessionId"
              label={t.complaints.session}
              options={[{ value: "", label: t.complaints.noSession }, ...sessions.map((s) => ({ value: s.id, label: `${formatVnDate(new Date(s.startsAt), locale)} · ${s.title}` }))]}
            />
          </div>
          <FormField name="description" label={t.complaints.description} rows={3} />
          <FileField name="photos" label={t.complaints.photos} multiple locale={locale} files={getMessages(locale).files} />
          <SubmitButton>{t.complaints.record}</SubmitButton>
        </ActionForm>
      </details>
    </section>
  );
}

function Scores({ review, t }: { review: HealthReviewRow; t: T }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
      {HEALTH_SCORES.map((s) => (
        <div key={s} className="flex justify-between gap-2 border-b border-stone-100 py-1">
          <dt className="text-stone-700">{t.health.scores[s]}</dt>
          <dd className="font-semibold tabular-nums">{fill(t.health.outOf, { score: review[s] })}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One health review: scores, guidance, who and when, and whether the producer read it. */
export function HealthReviewCard({ review, locale, t, forStaff }: { review: HealthReviewRow; locale: Locale; t: T; forStaff: boolean }) {
  return (
    <div className="space-y-2">
      <Scores review={review} t={t} />
      <p className="text-sm whitespace-pre-line">{review.guidance}</p>
      <p className="text-xs text-stone-600">
        {fill(t.health.by, { name: review.reviewedBy, date: formatVnDateTime(new Date(review.createdAt), locale) })}
        {forStaff && <> · {review.acknowledgedAt ? fill(t.health.acknowledged, { date: formatVnDateTime(new Date(review.acknowledgedAt), locale) }) : t.health.notAcknowledged}</>}
      </p>
    </div>
  );
}

type HealthPanel = {
  reviews: HealthReviewRow[];
  facts: { sessions: number; gmvVnd: string; complaints: number; damageShare: number | null };
  cohort: { id: string; joinedAt: string; joinReason: string; leftAt: string | null; leaveReason: string | null; addedBy: string; removedBy: string | null }[];
  inCohort: boolean;
};

/** Staff, on a shop's review page: its health (figures, a new review, earlier ones). */
export function HealthSection({ producerId, panel, locale, t }: { producerId: string; panel: HealthPanel; locale: Locale; t: T }) {
  const scoreOptions = [{ value: "", label: "—" }, ...[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: String(n) }))];
  return (
    <section aria-labelledby="health" className="space-y-3">
      <h2 id="health" className="text-lg font-bold">{t.health.title}</h2>
      <p className="text-sm text-stone-600">{fill(t.health.intro, { days: HEALTH_REVIEW_EVERY_DAYS })}</p>
      <p className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
        {fill(t.health.facts, {
          days: HEALTH_REVIEW_EVERY_DAYS,
          sessions: formatNumber(panel.facts.sessions, locale),
          gmv: formatVnd(BigInt(panel.facts.gmvVnd), locale),
          complaints: formatNumber(panel.facts.complaints, locale),
          damage: panel.facts.damageShare === null ? t.health.noOrders : fill(t.health.damageShare, { share: formatShare(panel.facts.damageShare, 1, locale) }),
        })}
      </p>
      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t.health.new}</summary>
        <ActionForm action={healthReviewAction} errors={t.errors} success={t.health.recorded} label={t.health.title} className="mt-3 space-y-4">
          <input type="hidden" name="producerId" value={producerId} />
          <div className="grid gap-4 sm:grid-cols-2">
            {HEALTH_SCORES.map((s) => (
              <FormField key={s} name={s} label={t.health.scores[s]} options={scoreOptions} />
            ))}
          </div>
          <FormField name="guidance" label={t.health.guidance} rows={4} />
          <SubmitButton>{t.health.record}</SubmitButton>
        </ActionForm>
      </details>
      <h3 className="font-semibold">{t.health.history}</h3>
      {panel.reviews.length === 0 ? (
        <p className="text-stone-600">{t.health.none}</p>
      ) : (
        <ul className="space-y-3">
          {panel.reviews.map((r) => (
            <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3">
              <HealthReviewCard review={r} locale={locale} t={t} forStaff />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Staff, on a shop's review page: its place in the "Hạt giống OCOP" cohort, and the change. */
export function CohortSection({ producerId, panel, approved, locale, t }: { producerId: string; panel: HealthPanel; approved: boolean; locale: Locale; t: T }) {
  const open = panel.cohort.find((m) => m.leftAt === null);
  const date = (iso: string) => formatVnDate(new Date(iso), locale);
  return (
    <section aria-labelledby="cohort" className="space-y-3">
      <h2 id="cohort" className="text-lg font-bold">{t.cohort.staffTitle}</h2>
      <p className="flex items-center gap-2">
        {open ? <Badge tone="green">{fill(t.cohort.inCohort, { date: date(open.joinedAt) })}</Badge> : <Badge>{t.cohort.notInCohort}</Badge>}
      </p>
      {panel.cohort.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
          {panel.cohort.map((m) => (
            <li key={m.id}>
              {fill(t.cohort.history, {
                joined: date(m.joinedAt),
                reason: m.joinReason,
                by: m.addedBy,
                left: m.leftAt ? fill(t.cohort.leftPart, { date: date(m.leftAt), reason: m.leaveReason ?? "", by: m.removedBy ?? "" }) : "",
              })}
            </li>
          ))}
        </ul>
      )}
      {(open || approved) && (
        <ActionForm action={cohortAction} errors={t.errors} success={open ? t.cohort.left : t.cohort.joined} label={open ? t.cohort.leave : t.cohort.join}>
          <input type="hidden" name="producerId" value={producerId} />
          <input type="hidden" name="change" value={open ? "leave" : "join"} />
          <FormField name="cohortReason" label={t.cohort.reason} />
          <SubmitButton tone={open ? "danger" : "primary"}>{open ? t.cohort.leave : t.cohort.join}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}

/** The producer's consent to publish their sales on the cohort page (their shop page). */
export function GrowthConsentForm({ publishGrowth, action, t }: { publishGrowth: boolean; action: Parameters<typeof ActionForm>[0]["action"]; t: T }) {
  return (
    <ActionForm action={action} errors={t.errors} success={t.cohort.consentSaved} label={t.cohort.name}>
      <CheckboxField name="publishGrowth" label={t.cohort.consent} defaultChecked={publishGrowth} />
      <p className="text-sm text-stone-600">{t.cohort.consentHint}</p>
      <SubmitButton tone="secondary">{t.cohort.consentSave}</SubmitButton>
    </ActionForm>
  );
}

/** The three essentials of a packaging check, ticked or not, in one line. */
export function PackagingChecklist({ check, t }: { check: { cushioning: boolean; boxStrength: boolean; fragileLabel: boolean }; t: T }) {
  const mark = (v: boolean) => (v ? "✓" : "✗");
  return <>{fill(t.packaging.checklist, { cushioning: mark(check.cushioning), boxStrength: mark(check.boxStrength), fragileLabel: mark(check.fragileLabel) })}</>;
}

/** The header of a programme page under /admin/training: the way back, the title, what it is for. */
export function ProgrammePageHeader({ back, title, intro, locale }: { back: string; title: string; intro?: string; locale: Locale }) {
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <a href={localePath(locale, "/admin/training")} className="underline">← {back}</a>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro && <p className="text-stone-600">{intro}</p>}
    </header>
  );
}
