"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

type Me = { name: string; role: "ADMIN" | "STAFF" | "PRODUCER" } | null;

/** "Y Khuê Niê" → "YN": the first letters of the first and last words. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toLocaleUpperCase("vi");
}

/**
 * The signed-in state, fetched by the browser: the header is shared by static public pages,
 * which must not read cookies while rendering (docs/decisions/0004-i18n.md).
 */
export function UserMenu({ locale, labels }: { locale: Locale; labels: Messages["nav"] }) {
  const [me, setMe] = useState<Me | undefined>(undefined);
  // The header outlives navigations: ask again when the page changes (after sign-in, say).
  const pathname = usePathname();
  useEffect(() => {
    let active = true;
    fetch("/api/me", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { user: null }))
      .then((body: { user: Me }) => active && setMe(body.user))
      // A request that failed (offline, or cut short by a form's submission) does not sign anyone out.
      .catch(() => active && setMe((known) => (known === undefined ? null : known)));
    return () => {
      active = false;
    };
  }, [pathname]);

  const signIn = (
    <a
      href={localePath(locale, "/sign-in")}
      className="inline-block whitespace-nowrap rounded-md border border-brand-600 bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
    >
      {labels.signIn}
    </a>
  );
  // Every state is 38 px high (the buttons' border included): the header never changes height.
  // Until the browser knows, a space; a browser without JavaScript never will, and gets the
  // sign-in link in that space (the server's HTML; React leaves <noscript> alone).
  if (me === undefined) return <span className="inline-block h-[2.375rem] min-w-24"><noscript>{signIn}</noscript></span>;
  if (!me) return signIn;
  const area = me.role === "PRODUCER" ? "/producer" : "/admin";
  return (
    <div className="flex items-center gap-2">
      {/* On a phone the name's initials stand for it (on the narrowest, nothing visible), so the header keeps its height and width. */}
      <a href={localePath(locale, area)} className="flex items-center text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
        <span className="sr-only">{labels.signedInAs} </span>
        <span aria-hidden="true" className="grid h-9 w-9 place-items-center rounded-full bg-brand-50 text-xs font-bold max-[359px]:hidden sm:hidden">
          {initials(me.name)}
        </span>
        <span className="sr-only sm:not-sr-only sm:max-w-[9rem] sm:truncate">{me.name}</span>
      </a>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="whitespace-nowrap rounded-md border border-stone-300 bg-white px-2 py-2 text-sm hover:bg-stone-100 sm:px-3">
          {labels.signOut}
        </button>
      </form>
    </div>
  );
}
