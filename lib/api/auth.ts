import "server-only";
import { authenticateToken, type TokenPrincipal, type TokenRefusal } from "@/lib/integrations/tokens";
import type { TokenScope } from "@/lib/integrations/schema";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { problem } from "./http";
import { env } from "@/lib/env";

/** Requests per minute per integration token (API_TOKEN_RATE_PER_MINUTE overrides). */
export const tokenRatePerMinute = () => env().API_TOKEN_RATE_PER_MINUTE ?? 120;

const REFUSALS: Record<TokenRefusal, { status: 401 | 403; detail: string }> = {
  missing: { status: 401, detail: "This needs an integration token: Authorization: Bearer <token>." },
  malformed: { status: 401, detail: "The Authorization header is not a bearer token of this portal." },
  unknown: { status: 401, detail: "This token is not known." },
  expired: { status: 401, detail: "This token has expired; ask an administrator for a new one." },
  revoked: { status: 401, detail: "This token has been revoked." },
  scope: { status: 403, detail: "This token may not do this (missing scope)." },
};

/**
 * The token of a request, checked (known, live, holding the scope) and counted against its rate
 * limit; otherwise the problem to answer with: 401 (with WWW-Authenticate), 403 or 429.
 */
export async function requireToken(request: Request, scope: TokenScope): Promise<{ token: TokenPrincipal } | { response: Response }> {
  const result = await authenticateToken(request.headers.get("authorization"), scope);
  if ("refusal" in result) {
    const { status, detail } = REFUSALS[result.refusal];
    const headers: Record<string, string> =
      status === 401 ? { "WWW-Authenticate": `Bearer realm="chophien-ocop"${result.refusal === "missing" ? "" : ', error="invalid_token"'}` } : {};
    return { response: problem(status, status === 401 ? "unauthorized" : "forbidden", { detail: `${detail}${status === 403 ? ` Needed: ${scope}.` : ""}`, headers }) };
  }
  const limit = await hitRateLimit(`api-token:${result.token.id}`, tokenRatePerMinute(), 60);
  if (!limit.allowed) {
    return {
      response: problem(429, "rate_limited", {
        detail: `At most ${tokenRatePerMinute()} requests a minute per token; try again in ${limit.retryAfterSeconds} s.`,
        headers: { "Retry-After": String(limit.retryAfterSeconds) },
      }),
    };
  }
  return { token: result.token };
}
