import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/guards";
import { formatVnSlot } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { cancelEnrolmentAction, enrolAction } from "@/lib/programme/actions";
import { listOwnTraining } from "@/lib/programme/queries";
import { hasStarted } from "@/lib/programme/rules";

export const generateMetadata = privatePageMetadata((m) => m.programme.title);

const TONES = { ENROLLED: "green", ATTENDED: "green", ABSENT: "red", CANCELLED: "neutral" } as const;

export default async function ProducerTraining({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["PRODUCER"], locale, localePath(locale, "/producer/training"));
  const t = getMessages(locale).programme;
  const { coming, history } = await listOwnTraining(user);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="text-stone-600">{t.intro}</p>
      </header>

      <section aria-labelledby="coming" className="space-y-2">
        <h2 id="coming" className="text-lg font-bold">{t.coming}</h2>
        {coming.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.noneComing}</p>
        ) : (
          <ul className="space-y-3">
            {coming.map((w) => {
              const left = w.capacity - w.enrolled;
              const signedUp = w.status === "ENROLLED" || w.status === "ATTENDED";
              const started = hasStarted(w.startsAt);
              return (
                <li key={w.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-bold">{w.title}</h3>
                    {signedUp ? <Badge tone="green">{t.statuses.ENROLLED}</Badge> : <Badge tone={left > 0 ? "neutral" : "amber"}>{left > 0 ? fill(t.seatsLeft, { count: left }) : t.full}</Badge>}
                  </div>
                  <p className="text-sm text-stone-700">
                    {formatVnSlot(new Date(w.startsAt), new Date(w.endsAt), locale)} · {t.topics[w.topic]}
                  </p>
                  {w.place && <p className="text-sm">{t.place}: {w.place}</p>}
                  {w.onlineUrl && !signedUp && <p className="text-sm">{t.onlineAfterSignUp}</p>}
                  {w.onlineUrl && signedUp && (
                    <p className="text-sm break-all">
                      <a href={w.onlineUrl} className="font-semibold text-brand-700 underline">{t.join}</a>
                    </p>
                  )}
                  {w.description && <p className="text-sm whitespace-pre-line text-stone-700">{w.description}</p>}
                  {!started &&
                    (signedUp ? (
                      <ActionForm action={cancelEnrolmentAction} errors={t.errors} success={t.cancelled} summary label={`${t.cancelSeat}: ${w.title}`}>
                        <input type="hidden" name="enrolmentId" value={w.enrolmentId!} />
                        <SubmitButton tone="secondary">
                          {t.cancelSeat}
                          <span className="sr-only"> {w.title}</span>
                        </SubmitButton>
                      </ActionForm>
                    ) : (
                      left > 0 && (
                        <ActionForm action={enrolAction} errors={t.errors} success={t.signedUp} summary label={`${t.signUp}: ${w.title}`}>
                          <input type="hidden" name="workshopId" value={w.id} />
                          <SubmitButton>
                            {t.signUp}
                            <span className="sr-only"> {w.title}</span>
                          </SubmitButton>
                        </ActionForm>
                      )
                    ))}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-lg font-bold">{t.history}</h2>
        {history.length === 0 ? (
          <p className="text-stone-600">{t.noHistory}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {history.map((w) => (
              <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div className="min-w-0">
                  <p className="font-semibold">{w.title}</p>
                  <p className="text-sm text-stone-600">
                    {formatVnSlot(new Date(w.startsAt), new Date(w.endsAt), locale)} · {t.topics[w.topic]}
                  </p>
                </div>
                {w.status && <Badge tone={TONES[w.status]}>{t.statuses[w.status]}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
