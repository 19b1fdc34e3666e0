import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { localePath } from "@/lib/i18n/locales";
import { localeFromParams } from "@/lib/i18n/server";

/** Staff and admins only. Every action and query under here checks again on its own. */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin"));
  return <>{children}</>;
}
