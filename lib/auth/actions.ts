"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import { auth, signIn, signOut } from "./config";
import { revokeSession, revokeUserSessions } from "./sessions";
import { SignInSchema } from "./credentials";
import { landingPath } from "./policy";
import { THROTTLE } from "./throttle";

export type SignInState = {
  error?: "invalid" | "throttled" | "disabled";
  retryAfterMinutes?: number;
  fieldErrors?: { email?: "emailInvalid"; password?: "passwordRequired" };
  /** What the user typed (never the password), so nothing is lost on an error. */
  values: { email: string };
};

/** Only same-site paths, never "//host" or a full URL. */
function safeCallback(value: FormDataEntryValue | null): string | null {
  return typeof value === "string" && /^\/(?!\/)[\w\-./?=&%~]*$/.test(value) ? value : null;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const locale: Locale = isLocale(String(formData.get("locale"))) ? (String(formData.get("locale")) as Locale) : "vi";
  const email = String(formData.get("email") ?? "");
  const parsed = SignInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    return {
      values: { email },
      fieldErrors: {
        email: fields.has("email") ? "emailInvalid" : undefined,
        password: fields.has("password") ? "passwordRequired" : undefined,
      },
    };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const throttled = code?.match(/^throttled:(\d+)$/);
      if (throttled) return { error: "throttled", retryAfterMinutes: Number(throttled[1]) || THROTTLE.windowMinutes, values: { email } };
      return { error: code === "disabled" ? "disabled" : "invalid", values: { email } };
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { role: true } });
  const landing = localePath(locale, landingPath(user?.role ?? "PRODUCER"));
  const callback = safeCallback(formData.get("callbackUrl"));
  // A callback into the other area (a producer sent to /admin) would only show a 403.
  const allowed = callback && callback.replace(/^\/en(?=\/|$)/, "").startsWith(landingPath(user?.role ?? "PRODUCER"));
  redirect(allowed ? callback : landing);
}

/**
 * Ends the caller's session: its row is revoked (so a copy of the cookie is worthless too), then
 * the cookie is cleared. `everywhere` ends every session of the account, on every device.
 * A visitor without a session just gets the cookie cleared.
 */
async function endSessions(formData: FormData, everywhere: boolean): Promise<void> {
  const locale = String(formData.get("locale"));
  const session = await auth();
  const userId = session?.user?.id;
  if (userId && session.sessionId) {
    await db.$transaction(async (tx) => {
      const live = await tx.userSession.findFirst({ where: { id: session.sessionId, userId, revokedAt: null }, select: { id: true } });
      if (!live) return;
      const ended = everywhere ? await revokeUserSessions(tx, userId) : (await revokeSession(tx, live.id), 1);
      await writeAudit(tx, {
        actorId: userId,
        action: everywhere ? AuditAction.USER_SIGNED_OUT_EVERYWHERE : AuditAction.USER_SIGNED_OUT,
        entityType: "User",
        entityId: userId,
        after: { sessionsEnded: ended },
      });
    });
  }
  await signOut({ redirectTo: localePath(isLocale(locale) ? locale : "vi", everywhere ? "/sign-in?ended=all" : "/") });
}

export async function signOutAction(formData: FormData): Promise<void> {
  await endSessions(formData, false);
}

export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  await endSessions(formData, true);
}
