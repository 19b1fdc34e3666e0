import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { isResetTokenUsable } from "@/lib/users/queries";

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" };

/** The page behind a one-time reset link an admin handed over. */
export default async function ResetPassword({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const locale = await localeFromParams(params);
  const { token } = await params;
  const t = getMessages(locale).staff;
  const usable = await isResetTokenUsable(token);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t.reset.title}</h1>
      {usable ? (
        <>
          <p>{t.reset.intro}</p>
          <ResetPasswordForm token={token} t={t.reset} errors={t.errors} signInHref={localePath(locale, "/sign-in")} />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3">
          {t.reset.invalid} <Link href={localePath(locale, "/sign-in")} className="underline">{t.reset.signIn}</Link>
        </p>
      )}
    </div>
  );
}
