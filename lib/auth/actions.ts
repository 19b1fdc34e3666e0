"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import { signIn, signOut } from "./config";
import { revokeCurrentSession } from "./sign-out";
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

/** The account page's "sign out everywhere". Signing out of this device is POST /api/sign-out (a plain form, also on public pages). */
export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale"));
  await revokeCurrentSession(true);
  await signOut({ redirectTo: localePath(isLocale(locale) ? locale : "vi", "/sign-in?ended=all") });
}
