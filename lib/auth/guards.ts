import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/db/generated/enums";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { currentRequest } from "@/lib/observability/request-context";
import { auth } from "./config";
import { AuthorizationError } from "./policy";
import { loadSessionUser } from "./sessions";
import type { CurrentUser } from "./users";

/** The signed-in, active user of this request (through a live session), or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const user = await loadSessionUser(session?.sessionId, session?.user?.id);
  // The request's log lines name who made it.
  const request = currentRequest();
  if (request && user) request.userId = user.id;
  return user;
});

/** For pages and layouts: sends a visitor to sign-in. */
export async function requireUser(locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`${localePath(locale, "/sign-in")}?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages and layouts: sends a visitor to sign-in and shows the 403 page to the wrong role. */
export async function requireRole(roles: readonly Role[], locale: Locale, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(locale, returnTo);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export { AuthorizationError };
