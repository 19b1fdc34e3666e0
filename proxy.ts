import { NextResponse, type NextRequest } from "next/server";
import { formerProvinceTarget } from "@/lib/provinces/former";
import { isDocumentPath } from "@/lib/public/documents";
import { isPrivateArea, newNonce, pagePolicy } from "@/lib/security/csp";
import { hasActiveFilters, parseScheduleFilters } from "@/lib/sessions/filters";
import { comingSaturday, isoWeekOf } from "@/lib/time";

/**
 * /schedule?week=2026-W49 → the static page of that week; no week means this Saturday's. With a
 * filter in the query (the form sent without JavaScript), the week's filtered page, rendered on
 * the server.
 */
function scheduleRewrite(request: NextRequest, prefix: string): NextResponse {
  const url = request.nextUrl.clone();
  const week = url.searchParams.get("week");
  const filtered = hasActiveFilters(parseScheduleFilters(url.searchParams)) ? "/filtered" : "";
  url.pathname = `${prefix}/schedule/${week && /^\d{4}-W\d{2}$/.test(week) ? week : week ? "invalid" : isoWeekOf(comingSaturday())}${filtered}`;
  return NextResponse.rewrite(url);
}

const DEV = process.env.NODE_ENV !== "production";
const PUBLIC_POLICY = pagePolicy({ dev: DEV });
const DOCUMENT_POLICY = pagePolicy({ dev: DEV, document: true });

/**
 * Every page response carries a Content-Security-Policy (lib/security/csp.ts). In the signed-in
 * areas the policy holds a fresh nonce, also passed on in the request headers, where Next reads
 * it and puts it on its scripts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isDocumentPath(pathname)) return withPolicy(route(request), DOCUMENT_POLICY);
  if (!isPrivateArea(pathname)) return withPolicy(route(request), PUBLIC_POLICY);
  const policy = pagePolicy({ nonce: newNonce(), dev: DEV });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return withPolicy(route(request, headers), policy);
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * Locale in the path: Vietnamese pages have no prefix and English ones live under /en. Requests
 * without a prefix are rewritten to the internal /vi segment, and /vi/... redirects to the
 * canonical unprefixed URL. No auth here: guards run in layouts, actions and queries.
 */
function route(request: NextRequest, headers?: Headers): NextResponse {
  const { pathname, search } = request.nextUrl;
  const forward = headers ? { request: { headers } } : undefined;
  if (pathname === "/schedule") return scheduleRewrite(request, "/vi");
  if (pathname === "/en/schedule") return scheduleRewrite(request, "/en");
  // A former province's page (before the 2025 merger) is now its new unit's.
  const province = /^(\/en)?\/provinces\/([^/]+)\/?$/.exec(pathname);
  const merged = province && formerProvinceTarget(province[2]!);
  if (merged) {
    const url = request.nextUrl.clone();
    url.pathname = `${province![1] ?? ""}/provinces/${merged}`;
    return NextResponse.redirect(url, 308);
  }
  if (pathname === "/vi" || pathname.startsWith("/vi/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  if (pathname === "/en" || pathname.startsWith("/en/")) return NextResponse.next(forward);
  const url = request.nextUrl.clone();
  url.pathname = `/vi${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.rewrite(url, forward);
}

export const config = {
  // Everything but route handlers, Next's own assets and files with an extension.
  matcher: ["/((?!api|_next|.*\\.[a-zA-Z0-9]+$).*)"],
};
