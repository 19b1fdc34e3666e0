import { createHash } from "node:crypto";
import { requireToken } from "@/lib/api/auth";
import { corsPreflight, fieldErrors, jsonResponse, methodNotAllowed, problem, unexpected } from "@/lib/api/http";
import { IdempotencyKeySchema, SessionIdParamsSchema, SessionResultsInputSchema } from "@/lib/api/schema";
import { stageRows } from "@/lib/results/import";
import { recordResultsFromApi } from "@/lib/results/manage";

const MAX_BODY_BYTES = 1_000_000;

/**
 * A completed session's figures from an integration (scope `results:write`), with the CSV
 * import's rules: the session's lines become exactly these. `Idempotency-Key` makes a retry safe.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const auth = await requireToken(request, "results:write");
    if ("response" in auth) return auth.response;
    const params = SessionIdParamsSchema.safeParse(await context.params);
    if (!params.success) return problem(400, "bad_request", { detail: "The session id is not valid.", errors: fieldErrors(params.error) });
    const keyHeader = request.headers.get("idempotency-key");
    const key = keyHeader === null ? undefined : IdempotencyKeySchema.safeParse(keyHeader);
    if (key && !key.success) return problem(400, "bad_request", { errors: [{ field: "Idempotency-Key", message: key.error.issues[0]!.message }] });
    if (!request.headers.get("content-type")?.includes("application/json")) {
      return problem(400, "bad_request", { detail: "Send the figures as JSON (Content-Type: application/json)." });
    }
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return problem(413, "payload_too_large", { detail: `At most ${MAX_BODY_BYTES} bytes.` });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return problem(400, "bad_request", { detail: "The body is not valid JSON." });
    }
    const body = SessionResultsInputSchema.safeParse(json);
    if (!body.success) return problem(400, "bad_request", { detail: "Some fields are not valid.", errors: fieldErrors(body.error) });

    const sessionId = params.data.id;
    const requestHash = createHash("sha256").update(JSON.stringify([sessionId, body.data])).digest("hex");
    const fileName = `api: ${auth.token.name}`;
    const staged = await stageRows(fileName, sessionId, body.data.lines, body.data.viewers ?? null);
    const state = await recordResultsFromApi(
      { sessionId, sha256: staged.sha256, fileName, idempotencyKey: key?.data, requestHash },
      { extra: { token: auth.token } },
    );
    if (state.formError === "busy") {
      return problem(503, "unavailable", { detail: "The database is busy: nothing was written. Send the same request again.", headers: { "Retry-After": "5" } });
    }
    if (!state.ok || !state.result) throw new Error(`Results write failed: ${state.formError ?? "unknown"}`);
    const outcome = state.result;
    switch (outcome.kind) {
      case "written":
        return jsonResponse(request, outcome.body, { cacheControl: "no-store" });
      case "replayed":
        return jsonResponse(request, outcome.body, { status: outcome.status, cacheControl: "no-store", headers: { "Idempotency-Replayed": "true" } });
      case "keyReused":
        return problem(409, "conflict", { detail: "This Idempotency-Key was already used with another body." });
      case "problems": {
        const keys = new Set(outcome.problems.map((p) => p.key));
        if (keys.has("unknownSession")) return problem(404, "not_found", { detail: "There is no session with this id." });
        if (keys.has("sessionCancelled")) return problem(409, "conflict", { detail: "The session was cancelled: it takes no results." });
        if (keys.has("sessionNotCompleted")) return problem(409, "conflict", { detail: "The session is not over yet: results are taken once it has ended." });
        // Line 1 of the staged file is its header: line n is lines[n - 2] of the body.
        const errors = outcome.problems.map((p) => ({ field: `lines.${p.line - 2}`, message: p.detail ? `${p.key}: ${p.detail}` : p.key }));
        return problem(422, "unprocessable", { detail: `${outcome.problemCount} line(s) cannot be recorded; nothing was written.`, errors });
      }
    }
  } catch (error) {
    return unexpected(error);
  }
}

export const OPTIONS = () => corsPreflight("POST");
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
