import Link from "next/link";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/server";

export default async function RegisterDone({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = getMessages(locale).register;
  return (
    <section className="mx-auto max-w-xl space-y-4 rounded-xl border border-stone-200 bg-white p-6" aria-labelledby="done-title">
      <h1 id="done-title" className="text-2xl font-bold">{t.doneTitle}</h1>
      <p>{t.doneBody}</p>
      <ol className="list-decimal space-y-1 pl-6">
        {t.doneSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="text-sm text-stone-600">{t.doneExisting}</p>
      <Link href={localePath(locale, "/sign-in")} className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t.doneSignIn}
      </Link>
    </section>
  );
}
