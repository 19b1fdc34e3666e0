"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { localePath } from "@/lib/i18n/locales";
import { statusMessages } from "@/lib/i18n/messages/status";

/** not-found, forbidden and error pages get no params: the locale comes from the URL. */
export function useLocaleFromPath() {
  const pathname = usePathname() ?? "/";
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "vi";
}

export function StatusPage({
  code,
  pick,
  children,
}: {
  code: number;
  pick: (t: (typeof statusMessages)["vi"]) => { title: string; body: string; home?: string };
  children?: ReactNode;
}) {
  const locale = useLocaleFromPath();
  const text = pick(statusMessages[locale]);
  return (
    <section className="mx-auto max-w-xl py-12 text-center" aria-labelledby="status-title">
      <p className="text-5xl font-bold text-brand-600">{code}</p>
      <h1 id="status-title" className="mt-4 text-2xl font-bold">
        {text.title}
      </h1>
      <p className="mt-2 text-stone-600">{text.body}</p>
      <div className="mt-6 flex justify-center gap-3">
        {children}
        {text.home && (
          <a href={localePath(locale, "/")} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {text.home}
          </a>
        )}
      </div>
    </section>
  );
}
