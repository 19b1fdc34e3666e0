"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

type Me = { name: string; role: "ADMIN" | "STAFF" | "PRODUCER" } | null;

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
      .catch(() => active && setMe(null));
    return () => {
      active = false;
    };
  }, [pathname]);

  if (me === undefined) return <span className="inline-block h-9 w-24" aria-hidden="true" />;
  if (!me) {
    return (
      <Link
        href={localePath(locale, "/sign-in")}
        className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        {labels.signIn}
      </Link>
    );
  }
  const area = me.role === "PRODUCER" ? "/producer" : "/admin";
  return (
    <div className="flex items-center gap-2">
      <Link href={localePath(locale, area)} className="max-w-[9rem] truncate text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
        <span className="sr-only">{labels.signedInAs} </span>
        {me.name}
      </Link>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100">
          {labels.signOut}
        </button>
      </form>
    </div>
  );
}
