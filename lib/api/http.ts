import { createHash } from "node:crypto";
import type { z } from "zod";

/**
 * The HTTP side of `/api/v1`: one error shape (RFC 9457 problem details), strict query parsing
 * (an unknown or repeated parameter is a 400 that names it), ETag / If-None-Match, the public
 * pages' cache lifetime, and CORS open for reads.
 */

export const PROBLEM_CODES = {
  bad_request: "Bad request",
  unauthorized: "Unauthorized",
  forbidden: "Forbidden",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  conflict: "Conflict",
  payload_too_large: "Payload too large",
  unprocessable: "Unprocessable content",
  rate_limited: "Too many requests",
  internal: "Internal server error",
  unavailable: "Service unavailable",
} as const;
export type ProblemCode = keyof typeof PROBLEM_CODES;

export type FieldError = { field: string; message: string };

/** A bad value of one parameter or field, found after the schema (an unknown province, a broken cursor). */
export class InvalidParameter extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidParameter";
  }
}

/** Cache lifetime of public reads: as long as the public pages' (their data revalidates every minute, and at once on a staff change). */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Idempotency-Replayed",
};

export function problem(status: number, code: ProblemCode, options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {}): Response {
  const body = { type: `/api/docs#${code}`, title: PROBLEM_CODES[code], status, code, ...(options.detail ? { detail: options.detail } : {}), ...(options.errors ? { errors: options.errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...CORS_HEADERS, ...options.headers },
  });
}

/**
 * The methods a route does not answer, as problem details with an Allow header (Next's own 405
 * has an empty body). Exported by each /api/v1 route as `export const { … } = methodNotAllowed(…)`;
 * the access-matrix test knows this form as a refusal.
 */
export function methodNotAllowed(allow: "GET" | "POST") {
  const methods = `${allow}, ${allow === "GET" ? "HEAD, " : ""}OPTIONS`;
  const refuse = async () => problem(405, "method_not_allowed", { detail: `This endpoint answers ${methods} only.`, headers: { Allow: methods } });
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}

/** Any request to an /api/v1 path that names no endpoint: a 404 in problem details, not the HTML page. */
export function unknownEndpoint() {
  const answer = async () => problem(404, "not_found", { detail: "No endpoint at this address; the API reference is at /api/docs." });
  return { GET: answer, POST: answer, PUT: answer, PATCH: answer, DELETE: answer };
}

/** zod issues as field errors: an unknown key names itself. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ field: [...issue.path, key].join("."), message: "unknown parameter" }))
      : [{ field: issue.path.join(".") || "body", message: issue.message }],
  );
}

/** A query string as an object; a parameter given twice is refused rather than guessed at. */
export function queryObject(url: URL): { values: Record<string, string>; repeated: string[] } {
  const values: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key in values) repeated.push(key);
    values[key] = value;
  }
  return { values, repeated };
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string, check: (value: unknown) => T | null): T {
  let value: T | null = null;
  try {
    value = check(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    value = null;
  }
  if (value === null) throw new InvalidParameter("cursor", "not a cursor given by this API");
  return value;
}

/** A strong validator of the exact bytes of a representation. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when the client's If-None-Match names this ETag (or is `*`). */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/** A JSON answer with its ETag, or a 304 when the client already has it. */
export function jsonResponse(request: Request, data: unknown, { status = 200, cacheControl = PUBLIC_CACHE_CONTROL, headers = {} as Record<string, string> } = {}): Response {
  const body = JSON.stringify(data);
  const etag = etagOf(body);
  const common = { ETag: etag, "Cache-Control": cacheControl, ...CORS_HEADERS, ...headers };
  if (status === 200 && request.method === "GET" && notModified(request, etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status, headers: { "Content-Type": "application/json; charset=utf-8", ...common } });
}

export function corsPreflight(methods: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": `${methods}, OPTIONS`,
      "Access-Control-Allow-Headers": "Authorization, Content-Type, Idempotency-Key, If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

type RouteContext = { params: Promise<Record<string, string>> };

/**
 * A public GET route: parses the query (and path) with their schemas, loads, answers JSON with an
 * ETag, 404 when `load` finds nothing; every failure is a problem document, never an HTML page.
 */
export function publicGet<Q extends z.ZodType, P extends z.ZodType>(options: {
  query: Q;
  params?: P;
  load: (query: z.output<Q>, params: z.output<P>) => Promise<unknown> | unknown;
  /** `private, no-store` for what a token may see and the public may not. */
  cacheControl?: string;
}) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const { values, repeated } = queryObject(url);
      if (repeated.length) return problem(400, "bad_request", { detail: "A parameter was given more than once.", errors: repeated.map((field) => ({ field, message: "given more than once" })) });
      const query = options.query.safeParse(values);
      const params = options.params ? options.params.safeParse(await context.params) : ({ success: true, data: undefined } as const);
      if (!query.success || !params.success) {
        const errors = [...(query.success ? [] : fieldErrors(query.error)), ...(params.success ? [] : fieldErrors(params.error))];
        return problem(400, "bad_request", { detail: "Some parameters are not valid.", errors });
      }
      const data = await options.load(query.data, params.data as z.output<P>);
      if (data === null || data === undefined) return problem(404, "not_found", { detail: "Nothing public has this address." });
      return jsonResponse(request, data, { cacheControl: options.cacheControl ?? PUBLIC_CACHE_CONTROL });
    } catch (error) {
      return unexpected(error);
    }
  };
}

/** The problem for an error a route did not expect to handle: a 400 for a bad parameter, else a 500 that leaks nothing. */
export function unexpected(error: unknown): Response {
  if (error instanceof InvalidParameter) {
    return problem(400, "bad_request", { detail: "Some parameters are not valid.", errors: [{ field: error.field, message: error.message }] });
  }
  console.error("[api]", error);
  return problem(500, "internal", { detail: "Something went wrong on our side; try again later." });
}
