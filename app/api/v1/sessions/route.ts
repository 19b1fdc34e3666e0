import { requireToken } from "@/lib/api/auth";
import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { listApiSessions } from "@/lib/api/queries";
import { auditPrivateRead } from "@/lib/integrations/tokens";
import { SessionsQuerySchema } from "@/lib/api/schema";

const publicList = publicGet({ query: SessionsQuerySchema, load: (query) => listApiSessions(query) });
const privateList = publicGet({ query: SessionsQuerySchema, load: (query) => listApiSessions(query, true), cacheControl: "private, no-store" });

/** Public without a token; with a token holding `sessions:read-private`, drafts too (never cached by others). */
export async function GET(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> {
  if (!request.headers.has("authorization")) return publicList(request, context);
  const auth = await requireToken(request, "sessions:read-private");
  if ("response" in auth) return auth.response;
  const response = await privateList(request, context);
  if (response.ok) await auditPrivateRead(auth.token, "sessions", Object.fromEntries(new URL(request.url).searchParams));
  return response;
}

export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
