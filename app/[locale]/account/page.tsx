import { requireUser } from "@/lib/auth/guards";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getOwnAccount } from "@/lib/users/queries";

export const generateMetadata = privatePageMetadata((m) => m.account.title);

/** Any signed-in user: who they are, and "sign out everywhere". */
export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, localePath(locale, "/account"));
  const account = await getOwnAccount(user);
  const t = getMessages(locale).account;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <dt className="text-stone-600">{t.name}</dt>
        <dd className="break-words font-medium">{account.name}</dd>
        <dt className="text-stone-600">{t.email}</dt>
        <dd className="break-all">{account.email}</dd>
        <dt className="text-stone-600">{t.role}</dt>
        <dd>{t.roles[account.role]}</dd>
      </dl>
      <section aria-labelledby="sessions" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="sessions" className="text-lg font-bold">{t.sessionsHeading}</h2>
        <p>{fill(t.sessions, { count: String(account.liveSessions) })}</p>
        <p className="text-sm text-stone-700">{t.everywhereIntro}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-md border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
            {t.everywhere}
          </button>
        </form>
      </section>
    </div>
  );
}
