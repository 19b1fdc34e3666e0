import { after } from "next/server";
import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/guards";
import { ProducerNav } from "@/components/producers/producer-nav";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { runDueWork } from "@/lib/programme/reminders";

/** Producers only; their queries and actions check shop ownership on their own. */
export default async function ProducerLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  await requireRole(["PRODUCER"], locale, localePath(locale, "/producer"));
  // Reminders and e-mails go out after signed-in pages are served (each claimed once, on any instance).
  after(runDueWork);
  return (
    <>
      <ProducerNav locale={locale} t={getMessages(locale).producer.nav} />
      {children}
    </>
  );
}
