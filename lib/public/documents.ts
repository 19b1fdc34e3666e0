/**
 * Public pages are documents (docs/decisions/0023-public-pages-without-the-framework-runtime.md):
 * rendered by Next like every page, but sent to the browser without React's client runtime, its
 * flight payload or the chunks it would load. What a visitor may do on them (the account control,
 * a countdown, a session's live status, copying a link, a filter form's tidy address) is done by
 * one small script of their own (lib/islands), which works on the server's HTML. The signed-in
 * areas, sign-in and registration stay React applications.
 */

/** The public pages' paths (as the browser asks for them, /en included). */
const DOCUMENT_PATH =
  /^(?:\/en)?(?:\/|\/(?:schedule|search|products|hat-giong-ocop|ocop-seeds)|\/schedule\/[^/]+(?:\/filtered)?|\/(?:sessions|producers|products|provinces)\/[^/]+)\/?$/;

export function isDocumentPath(pathname: string): boolean {
  return pathname === "/en" || DOCUMENT_PATH.test(pathname);
}

/** A request for a public page's HTML (not a client-side navigation's payload, not a form's POST). */
export function isDocumentRequest(method: string | undefined, url: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if ((method !== "GET" && method !== "HEAD") || !url) return false;
  if (headers["rsc"] !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-action"] !== undefined) return false;
  const [pathname, query = ""] = url.split("?", 2);
  if (/(?:^|&)_rsc=/.test(query)) return false;
  return isDocumentPath(pathname!);
}

// React's HTML escapes "</script" inside scripts, so a script ends at the first "</script>".
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g;

/** Next's own scripts: its chunks, the bundler's runtime list, the flight payload (and the development server's ids). */
function isFrameworkScript(attributes: string, body: string): boolean {
  return (
    /\bsrc="\/_next\/static\//.test(attributes) ||
    body.startsWith("(self.__next_f=") ||
    body.startsWith("self.__next_f.push(") ||
    body.startsWith("self.__next_r=") ||
    body.startsWith('(globalThis["TURBOPACK"]')
  );
}

/**
 * The page's HTML without the framework's scripts, with the islands' script instead (deferred,
 * from this origin: the public pages' policy allows it). Other inline scripts, such as React's
 * own for content streamed after a Suspense boundary, stay.
 */
export function toDocument(html: string, islandsSrc: string | null): string {
  let out = html.replace(SCRIPT_PRELOAD, "").replace(SCRIPT, (whole, attributes: string, body: string) => (isFrameworkScript(attributes, body) ? "" : whole));
  if (islandsSrc) out = out.replace("</head>", `<script src="${islandsSrc}" defer=""></script></head>`);
  return out;
}
