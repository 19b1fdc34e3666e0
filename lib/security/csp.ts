/**
 * Content-Security-Policy (docs/decisions/0010-hardening.md). Two page policies:
 * - signed-in areas (/admin, /producer) are rendered per request, so each response gets a fresh
 *   nonce and scripts run only with it ('strict-dynamic' lets Next's own chunks load);
 * - public pages are prerendered and cached, shared by every visitor, so they cannot carry a
 *   per-request nonce. Those sent as documents (lib/public/documents.ts) have no inline script at
 *   all: scripts only from this origin. The other pages outside the signed-in areas (sign-in,
 *   registration) run React: scripts from this origin or inline (Next's flight data).
 * Both forbid plugins, <base>, framing and posting forms elsewhere. Route handlers and files get a
 * policy that allows nothing at all. Styles allow inline attributes (React `style` props).
 */
const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** Next's development server evaluates code for its overlay; never in production. */
const devEval = (dev: boolean) => (dev ? " 'unsafe-eval'" : "");

export function pagePolicy(options: { nonce?: string; dev?: boolean; document?: boolean } = {}): string {
  const scripts = options.nonce
    ? `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'`
    : options.document
      ? "script-src 'self'"
      : "script-src 'self' 'unsafe-inline'";
  return [...COMMON, scripts + devEval(options.dev ?? false)].join("; ");
}

/** The headers every response carries (next.config.ts; scripts/lib/bad-address.ts for the answers Next never sees). */
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
} as const;

/** For responses that are not pages (JSON, calendars, files, CSV): nothing may run or load. */
export const NON_PAGE_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/**
 * A certificate scan (served to staff and its owner only): nothing may run or load, and only this
 * origin's pages may frame it — the review page shows a PDF scan inline.
 */
export const SCAN_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'none'";

/** The API reference page (/api/docs) and the bad-address page: server-rendered HTML with one inline stylesheet, no script. */
export const REFERENCE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Paths rendered per request for a signed-in user: these get a nonce. */
export function isPrivateArea(pathname: string): boolean {
  return /^(\/en)?\/(admin|producer)(\/|$)/.test(pathname);
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
