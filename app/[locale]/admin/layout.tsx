import { after } from "next/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { runDueWork } from "@/lib/programme/reminders";
import { getReviewCounts } from "@/lib/reviews/queries";

/** Staff and admins only. Every action and query under here checks again on its own. */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin"));
  const counts = await getReviewCounts(user);
  // Reminders and e-mails go out after signed-in pages are served (each claimed once, on any instance).
  after(runDueWork);
  return (
    <>
      <AdminNav locale={locale} role={user.role} waiting={counts.shops + counts.products + counts.revisions} t={getMessages(locale).staff.nav} />
      {children}
    </>
  );
}
