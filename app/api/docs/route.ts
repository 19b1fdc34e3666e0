import { renderApiReference } from "@/lib/api/reference";
import { REFERENCE_POLICY } from "@/lib/security/csp";

/** The API's readable reference, rendered from the OpenAPI document (static: it changes only with a deployment). */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(renderApiReference(), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=3600", "Content-Security-Policy": REFERENCE_POLICY } });
}
