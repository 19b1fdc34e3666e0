"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { SIGN_IN_CLASS, startAccount, type AccountSlot } from "@/lib/islands/account";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/**
 * The header's account slot: the sign-in link, or the signed-in user's area and a sign-out button.
 * Who is signed in is asked by the browser (the header is shared by static public pages, which
 * must not read cookies while rendering: docs/decisions/0004-i18n.md), by the same code on every
 * page: the islands' script on public pages, which run no React (lib/public/documents.ts), and
 * this component in the signed-in areas, again whenever the page changes (after sign-in, say).
 */
export function UserMenu({ locale, labels }: { locale: Locale; labels: Messages["nav"] }) {
  const slot = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  useEffect(() => (slot.current ? startAccount(slot.current) : undefined), [pathname]);
  const config: AccountSlot = { locale, signIn: labels.signIn, signedInAs: labels.signedInAs, signOut: labels.signOut };
  // Every state is 38 px high (the buttons' border included): the header never changes height.
  // Until the browser knows, a space; a browser without JavaScript never will, and gets the
  // sign-in link in that space (React leaves <noscript> alone).
  return (
    <div ref={slot} className="flex h-[2.375rem] min-w-[4.5rem] items-center justify-end" data-account={JSON.stringify(config)}>
      <noscript>
        <a href={localePath(locale, "/sign-in")} className={SIGN_IN_CLASS}>
          {labels.signIn}
        </a>
      </noscript>
    </div>
  );
}
