import type { Metadata } from "next";
import Link from "next/link";
import { RegistrationForm } from "@/components/producers/registration-form";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";
import { ALL_PROVINCE_NAMES } from "@/lib/provinces/data";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: getMessages(await localeFromParams(params)).register.title };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.register.title}</h1>
      <p className="text-stone-600">{t.register.intro}</p>
      <RegistrationForm files={t.files} locale={locale} t={t.register} legalForms={t.producerPage.legalForms} provinceNames={[...ALL_PROVINCE_NAMES]} />
      <p className="text-sm">
        {t.register.haveAccount}{" "}
        <Link href={localePath(locale, "/sign-in")} className="text-brand-700 underline">
          {t.nav.signIn}
        </Link>
      </p>
    </div>
  );
}
