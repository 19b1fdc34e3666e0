import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnSlot } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { attendanceAction, cancelEnrolmentAction, enrolAction } from "@/lib/programme/actions";
import { getWorkshop } from "@/lib/programme/queries";
import { hasStarted } from "@/lib/programme/rules";

export const generateMetadata = privatePageMetadata((m) => m.programme.staffTitle);

const TONES = { ENROLLED: "neutral", ATTENDED: "green", ABSENT: "red", CANCELLED: "neutral" } as const;

export default async function WorkshopPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, `/admin/training/${id}`));
  const workshop = await getWorkshop(user, id);
  if (!workshop) notFound();
  const t = getMessages(locale).programme;
  const started = hasStarted(workshop.startsAt);
  const active = workshop.enrolments.filter((e) => e.status !== "CANCELLED");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={localePath(locale, "/admin/training")} className="underline">← {t.back}</Link>
        </p>
        <h1 className="text-2xl font-bold">{workshop.title}</h1>
        <p className="text-stone-700">
          {formatVnSlot(new Date(workshop.startsAt), new Date(workshop.endsAt), locale)} · {t.topics[workshop.topic]} ·{" "}
          {fill(t.seats, { taken: active.length, capacity: workshop.capacity })}
        </p>
        {workshop.place && <p className="text-sm">{t.place}: {workshop.place}</p>}
        {workshop.onlineUrl && (
          <p className="text-sm break-all">
            {t.online}: <a href={workshop.onlineUrl} className="text-brand-700 underline">{workshop.onlineUrl}</a>
          </p>
        )}
        {workshop.description && <p className="text-sm whitespace-pre-line text-stone-700">{workshop.description}</p>}
      </header>

      <section aria-labelledby="enrolments" className="space-y-2">
        <h2 id="enrolments" className="text-lg font-bold">{fill(t.enrolments, { count: active.length })}</h2>
        {!started && <p className="text-sm text-stone-600">{t.attendanceHint}</p>}
        {workshop.enrolments.length === 0 ? (
          <p className="text-stone-600">{t.noEnrolments}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {workshop.enrolments.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div className="min-w-0">
                  <p className="font-semibold">{e.producer}</p>
                  <p className="text-sm text-stone-600">
                    {e.province}
                    {e.byStaff && ` · ${t.byStaff}`}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={TONES[e.status]}>{t.statuses[e.status]}</Badge>
                  {started && e.status !== "CANCELLED" && (
                    <ActionForm action={attendanceAction} errors={t.errors} summary className="flex gap-1" label={`${t.attended} / ${t.absent}: ${e.producer}`}>
                      <input type="hidden" name="enrolmentId" value={e.id} />
                      <SubmitButton tone={e.status === "ATTENDED" ? "primary" : "secondary"} name="status" value="ATTENDED">
                        {t.attended}
                        <span className="sr-only"> {e.producer}</span>
                      </SubmitButton>
                      <SubmitButton tone="secondary" name="status" value="ABSENT">
                        {t.absent}
                        <span className="sr-only"> {e.producer}</span>
                      </SubmitButton>
                    </ActionForm>
                  )}
                  {!started && e.status === "ENROLLED" && (
                    <ActionForm action={cancelEnrolmentAction} errors={t.errors} summary label={`${t.cancelSeat}: ${e.producer}`}>
                      <input type="hidden" name="enrolmentId" value={e.id} />
                      <input type="hidden" name="staff" value="1" />
                      <SubmitButton tone="secondary">
                        {t.cancelSeat}
                        <span className="sr-only"> {e.producer}</span>
                      </SubmitButton>
                    </ActionForm>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {!started && !workshop.cancelledAt && (
        <section aria-labelledby="enrol" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="enrol" className="text-lg font-bold">{t.enrolShop}</h2>
          <ActionForm action={enrolAction} errors={t.errors} success={t.enrolled} label={t.enrolShop}>
            <input type="hidden" name="workshopId" value={workshop.id} />
            <FormField name="producerId" label={t.enrolShop} options={[{ value: "", label: t.chooseShop }, ...workshop.shops.map((s) => ({ value: s.id, label: s.name }))]} />
            <SubmitButton>{t.enrol}</SubmitButton>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
