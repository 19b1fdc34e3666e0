import Link from "next/link";
import { SessionForm } from "@/components/admin/session-form";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { sessionFormOptions } from "@/lib/planning/options";
import { comingSaturday } from "@/lib/time";

export const generateMetadata = privatePageMetadata((m) => m.staff.sessions.newTitle);

export default async function NewSession({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ date?: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/sessions/new"));
  const t = getMessages(locale).staff;
  const { date } = await searchParams;
  const options = await sessionFormOptions(user, locale);
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : comingSaturday();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`${localePath(locale, "/admin/sessions")}?date=${day}`} className="underline">← {t.sessions.back}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t.sessions.newTitle}</h1>
      <SessionForm locale={locale} values={{ date: day, start: "08:00", end: "09:00" }} {...options} t={t.sessions} common={t.common} errors={t.errors} />
    </div>
  );
}
