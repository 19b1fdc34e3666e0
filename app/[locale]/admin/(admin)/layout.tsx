import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { localeFromParams } from "@/lib/i18n/server";

/**
 * Admins only (users, hosts, channels, integrations). Checked here, above this group's loading
 * boundary, so that a staff member gets a real 403 before anything streams; every page, action
 * and query checks again.
 */
export default async function AdminOnlyLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  await requireRole(["ADMIN"], locale, localePath(locale, "/admin"));
  return children;
}
