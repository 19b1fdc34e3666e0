import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { emailConfigured } from "@/lib/notifications/email";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: getMessages(await localeFromParams(params)).signIn.title, robots: { index: false } };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  const { callbackUrl } = await searchParams;
  return (
    <section className="mx-auto max-w-sm rounded-xl border border-stone-200 bg-white p-6 shadow-sm" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="text-2xl font-bold">
        {t.signIn.title}
      </h1>
      <p className="mb-4 mt-1 text-sm text-stone-600">{t.signIn.intro}</p>
      <SignInForm locale={locale} labels={t.signIn} callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{t.signIn.forgot}</summary>
        {emailConfigured() ? (
          <div className="mt-2 space-y-2">
            <p className="text-stone-700">{t.signIn.forgotEmailIntro}</p>
            <ActionForm action={requestPasswordResetAction} errors={t.signIn.forgotErrors} success={t.signIn.forgotSent}>
              <input type="hidden" name="locale" value={locale} />
              <FormField name="resetEmail" label={t.signIn.forgotEmail} type="email" autoComplete="email" required />
              <SubmitButton tone="secondary">{t.signIn.forgotSend}</SubmitButton>
            </ActionForm>
          </div>
        ) : (
          <p className="mt-2 text-stone-700">{t.signIn.forgotHelp}</p>
        )}
      </details>
      <p className="mt-4 text-sm">
        {t.register.noAccount}{" "}
        <Link href={localePath(locale, "/register")} className="text-brand-700 underline">
          {t.register.registerLink}
        </Link>
      </p>
    </section>
  );
}
