import { localePath, type Locale } from "@/lib/i18n/locales";

/** What the header's account slot carries (components/layout/user-menu.tsx). */
export type AccountSlot = { locale: Locale; signIn: string; signedInAs: string; signOut: string };

/** The sign-in link's look (also the header's <noscript> link). */
export const SIGN_IN_CLASS =
  "inline-block whitespace-nowrap rounded-md border border-brand-600 bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700";

type Me = { name: string; role: "ADMIN" | "STAFF" | "PRODUCER" } | null;

/** "Y Khuê Niê" → "YN": the first letters of the first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toLocaleUpperCase("vi");
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { class?: string }, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { class: className, ...rest } = props;
  Object.assign(node, rest);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** The slot's content for a visitor (the sign-in link) or a signed-in user (their area, sign-out). */
export function accountContent(slot: AccountSlot, me: Me): HTMLElement {
  if (!me) {
    return element(
      "a",
      { href: localePath(slot.locale, "/sign-in"), class: SIGN_IN_CLASS },
      slot.signIn,
    );
  }
  // On a phone the name's initials stand for it (on the narrowest, nothing visible), so the header keeps its height and width.
  const badge = element("span", { class: "grid h-9 w-9 place-items-center rounded-full bg-brand-50 text-xs font-bold max-[359px]:hidden sm:hidden" }, initials(me.name));
  badge.setAttribute("aria-hidden", "true");
  const area = element(
    "a",
    { href: localePath(slot.locale, me.role === "PRODUCER" ? "/producer" : "/admin"), class: "flex items-center text-sm font-medium text-brand-800 underline-offset-2 hover:underline" },
    element("span", { class: "sr-only" }, `${slot.signedInAs} `),
    badge,
    element("span", { class: "sr-only sm:not-sr-only sm:max-w-[9rem] sm:truncate" }, me.name),
  );
  const signOut = element(
    "form",
    { method: "post", action: "/api/sign-out" },
    element("input", { type: "hidden", name: "locale", value: slot.locale }),
    element("button", { type: "submit", class: "whitespace-nowrap rounded-md border border-stone-300 bg-white px-2 py-2 text-sm hover:bg-stone-100 sm:px-3" }, slot.signOut),
  );
  return element("span", { class: "flex items-center gap-2" }, area, signOut);
}

/**
 * Fills the header's account slot from /api/me: the header belongs to static public pages, which
 * cannot know who is looking (docs/decisions/0004-i18n.md). Until the answer, the slot keeps its
 * space; a request that fails (offline, or cut short by a form's submission) leaves what it shows.
 * Returns a function that forgets an answer still on its way.
 */
export function startAccount(slot: HTMLElement): () => void {
  let active = true;
  const config = JSON.parse(slot.dataset.account!) as AccountSlot;
  fetch("/api/me", { cache: "no-store", credentials: "same-origin" })
    .then((r) => (r.ok ? (r.json() as Promise<{ user: Me }>) : { user: null }))
    .then((body) => {
      if (!active) return;
      slot.querySelector(":scope > [data-account-state]")?.remove();
      const content = accountContent(config, body.user);
      content.dataset.accountState = "";
      slot.append(content);
    })
    .catch(() => undefined);
  return () => {
    active = false;
  };
}
