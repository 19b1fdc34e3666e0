/**
 * Route handlers that change state with the browser's cookies must refuse requests from other
 * sites (server actions check this themselves; route handlers do not). The browser's
 * Sec-Fetch-Site says where a request came from; older browsers send only Origin, which must name
 * this host (as the proxy in front reports it). Requests without either (curl, servers) carry no
 * cookies of a victim and pass.
 */
export function crossSiteRefusal(request: Request): Response | null {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let refused = site !== null && site !== "same-origin" && site !== "none";
  if (!refused && origin !== null) {
    try {
      refused = new URL(origin).host !== host;
    } catch {
      refused = true;
    }
  }
  return refused
    ? new Response("Cross-site request refused", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } })
    : null;
}
