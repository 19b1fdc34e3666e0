import { NextResponse, type NextRequest } from "next/server";
import { comingSaturday, isoWeekOf } from "@/lib/time";

/**
 * Locale in the path: Vietnamese pages have no prefix and English ones live under /en. Requests
 * without a prefix are rewritten to the internal /vi segment, and /vi/... redirects to the
 * canonical unprefixed URL. No auth here: guards run in layouts, actions and queries.
 */
/** /schedule?week=2026-W49 → the static page of that week; no week means this Saturday's. */
function scheduleRewrite(request: NextRequest, prefix: string): NextResponse {
  const url = request.nextUrl.clone();
  const week = url.searchParams.get("week");
  url.pathname = `${prefix}/schedule/${week && /^\d{4}-W\d{2}$/.test(week) ? week : week ? "invalid" : isoWeekOf(comingSaturday())}`;
  return NextResponse.rewrite(url);
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/schedule") return scheduleRewrite(request, "/vi");
  if (pathname === "/en/schedule") return scheduleRewrite(request, "/en");
  if (pathname === "/vi" || pathname.startsWith("/vi/")) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }
  if (pathname === "/en" || pathname.startsWith("/en/")) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/vi${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.rewrite(url);
}

export const config = {
  // Everything but route handlers, Next's own assets and files with an extension.
  matcher: ["/((?!api|_next|.*\\.[a-zA-Z0-9]+$).*)"],
};
