import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as postResults } from "@/app/api/v1/sessions/[id]/results/route";
import { GET as listSessions } from "@/app/api/v1/sessions/route";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { createIntegrationToken, revokeIntegrationToken } from "@/lib/integrations/manage";
import { hashToken } from "@/lib/integrations/tokens";
import { addDays, vnDateOf, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";
import { conforms, type Answer } from "@/tests/support/openapi";
import { asUser } from "@/tests/support/acting-user";

let admin: CurrentUser;
let staff: CurrentUser;
const ids: Record<string, string> = {};
const slugs: Record<string, string> = {};

async function token(scopes: string[], name = `Đối tác ${scopes.join("+")} ${Math.random().toString(36).slice(2, 6)}`): Promise<string> {
  const state = await asUser(admin, () => createIntegrationToken({ name, scopes, lifetimeDays: "90" }));
  expect(state.ok).toBe(true);
  return state.result!.secret;
}

beforeAll(async () => {
  await seedReferenceData(db);
  admin = (await loadActiveUser((await createUser(db, { role: "ADMIN" })).id))!;
  staff = (await loadActiveUser((await createUser(db, { role: "STAFF" })).id))!;
  const shop = await createProducer(db, { name: "HTX Mật ong bạc hà API" });
  const honey = await createProduct(db, shop.id, { name: "Mật ong bạc hà Mèo Vạc", certificate: { stars: 4, decisionDate: "2025-06-01" } });
  const pollen = await createProduct(db, shop.id, { name: "Phấn hoa; loại \"đặc biệt\"", certificate: { stars: 3, decisionDate: "2025-06-01" } });
  const [host, channel] = [await createHost(db), await createChannel(db)];
  const past = addDays(vnDateOf(new Date()), -10);
  const future = addDays(vnDateOf(new Date()), 10);
  const done = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(past, "07:00"), endsAt: vnInstant(past, "08:00"), status: "COMPLETED", productIds: [honey.id, pollen.id] });
  const coming = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(future, "07:00"), endsAt: vnInstant(future, "08:00"), status: "SCHEDULED", productIds: [honey.id] });
  const draft = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(future, "09:00"), endsAt: vnInstant(future, "10:00"), status: "DRAFT", title: "Phiên nháp cho đối tác" });
  Object.assign(ids, { done: done.id, coming: coming.id, draft: draft.id, honey: honey.id });
  Object.assign(slugs, { honey: honey.slug, pollen: pollen.name });
});

afterEach(() => {
  delete process.env.API_TOKEN_RATE_PER_MINUTE;
});

async function post(sessionId: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const request = new Request(`http://portal.test/api/v1/sessions/${sessionId}/results`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await postResults(request, { params: Promise.resolve({ id: sessionId }) });
  const text = await response.text();
  const answer = { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null };
  conforms("/api/v1/sessions/{id}/results", "post", answer);
  return answer;
}

const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });
const figures = { lines: [{ product: "", orders: 3, units: 4, gmv: "1.234.567" }] };
const body = () => ({ viewers: 1500, lines: [{ product: slugs.honey!, orders: 3, units: 4, gmv: "1.234.567" }, { product: slugs.pollen!, orders: 1, units: 1, gmv: 90000 }] });

/** What a refused request must leave as it was. */
async function snapshot() {
  return {
    lines: await db.productResult.count(),
    imports: await db.resultImport.count(),
    audit: await db.auditLog.count(),
    keys: await db.apiIdempotencyKey.count(),
  };
}

describe("integration tokens", () => {
  it("are made by admins only, shown once and stored only as a hash", async () => {
    const state = await asUser(admin, () => createIntegrationToken({ name: "Hệ thống OCOP quốc gia", scopes: ["results:write"], lifetimeDays: "365" }));
    const secret = state.result!.secret;
    expect(secret).toMatch(/^ocop_[A-Za-z0-9_-]{43}$/);
    const row = await db.integrationToken.findUniqueOrThrow({ where: { id: state.result!.id } });
    expect(row.tokenHash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(11));
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "INTEGRATION_TOKEN_CREATED" } });
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(secret.slice(11));

    const before = await db.integrationToken.count();
    await expect(asUser(staff, () => createIntegrationToken({ name: "Của nhân viên", scopes: ["results:write"], lifetimeDays: "30" }))).rejects.toThrow();
    await expect(asUser(null, () => createIntegrationToken({ name: "Của khách", scopes: ["results:write"], lifetimeDays: "30" }))).rejects.toThrow();
    const invalid = await asUser(admin, () => createIntegrationToken({ name: "Không phạm vi", lifetimeDays: "7" }));
    expect(invalid.fieldErrors).toEqual({ scopes: "scopeRequired", lifetimeDays: "lifetimeInvalid" });
    expect(await db.integrationToken.count()).toBe(before);
  });

  it("refuse a missing, malformed, unknown, expired or revoked token, or one without the scope, and change nothing", async () => {
    const expired = await token(["results:write"]);
    await db.integrationToken.update({ where: { tokenHash: hashToken(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await token(["results:write"]);
    const revokedRow = await db.integrationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(revoked) } });
    expect((await asUser(admin, () => revokeIntegrationToken({ id: revokedRow.id }))).ok).toBe(true);
    const readOnly = await token(["sessions:read-private"]);
    const before = await snapshot();
    const cases: [Record<string, string>, number, string][] = [
      [{}, 401, "needs an integration token"],
      [{ Authorization: "Basic dXNlcjpwYXNz" }, 401, "not a bearer token"],
      [bearer("ocop_this-is-not-a-token-of-this-portal-at-all000"), 401, "not known"],
      [bearer(expired), 401, "expired"],
      [bearer(revoked), 401, "revoked"],
      [bearer(readOnly), 403, "results:write"],
    ];
    for (const [headers, status, detail] of cases) {
      const answer = await post(ids.done!, body(), headers);
      expect(answer.status, detail).toBe(status);
      expect((answer.body as { detail: string }).detail).toContain(detail);
      if (status === 401) expect(answer.headers.get("www-authenticate")).toContain("Bearer");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("record a completed session's figures with the import's rules, audited with the token as the actor", async () => {
    const secret = await token(["results:write"], "MCN Đối tác Tây Bắc");
    const answer = await post(ids.done!, body(), bearer(secret));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ sessionId: ids.done, rows: 2, created: 2, updated: 0, removed: 0 });
    const lines = await db.productResult.findMany({ where: { sessionId: ids.done }, orderBy: { gmvVnd: "desc" } });
    expect(lines.map((l) => [l.orders, l.unitsSold, l.gmvVnd, l.source])).toEqual([[3, 4, 1_234_567n, "IMPORT"], [1, 1, 90_000n, "IMPORT"]]);
    expect((await db.sessionResult.findUniqueOrThrow({ where: { sessionId: ids.done } })).viewers).toBe(1500);
    const provenance = await db.resultImport.findUniqueOrThrow({ where: { id: (answer.body as { importId: string }).importId } });
    expect(provenance).toMatchObject({ fileName: "api: MCN Đối tác Tây Bắc", rowCount: 2, createdCount: 2, importedById: admin.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: ids.done, action: "RESULTS_RECORDED" }, include: { actorToken: true } });
    expect(audit.actorId).toBeNull();
    expect(audit.actorToken?.name).toBe("MCN Đối tác Tây Bắc");
    expect((await db.integrationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(secret) } })).lastUsedAt).not.toBeNull();

    // A corrected body replaces the session's lines: the product left out is removed.
    const corrected = await post(ids.done!, { lines: [{ product: slugs.honey!, orders: 5, units: 6, gmv: 2_000_000 }] }, bearer(secret));
    expect(corrected.body).toMatchObject({ rows: 1, updated: 1, removed: 1 });
    expect(await db.productResult.count({ where: { sessionId: ids.done } })).toBe(1);
  });

  it("make a retry with the same Idempotency-Key safe, and refuse the key with another body", async () => {
    const secret = await token(["results:write"]);
    const headers = { ...bearer(secret), "Idempotency-Key": "retry-4b1d" };
    const first = await post(ids.done!, body(), headers);
    expect(first.status).toBe(200);
    const before = await snapshot();
    const again = await post(ids.done!, body(), headers);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotency-replayed")).toBe("true");
    expect(await snapshot()).toEqual(before);
    const other = await post(ids.done!, { lines: [{ product: slugs.honey!, orders: 9, units: 9, gmv: 9 }] }, headers);
    expect(other.status).toBe(409);
    expect(await snapshot()).toEqual(before);
    // The same key under another token is another key.
    expect((await post(ids.done!, body(), { ...bearer(await token(["results:write"])), "Idempotency-Key": "retry-4b1d" })).status).toBe(200);
  });

  it("name what is wrong and write nothing: bad figures, an unknown product, a session not over or unknown, a body that is not JSON", async () => {
    const secret = await token(["results:write"]);
    const before = await snapshot();
    const negative = await post(ids.done!, { lines: [{ product: slugs.honey!, orders: -1, units: 1, gmv: "12,5" }], colour: "red" }, bearer(secret));
    expect(negative.status).toBe(400);
    expect((negative.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(["colour", "lines.0.gmv", "lines.0.orders"]);
    const unknown = await post(ids.done!, { lines: [{ ...figures.lines[0]!, product: slugs.honey! }, { ...figures.lines[0]!, product: "Sản phẩm không có" }] }, bearer(secret));
    expect(unknown.status).toBe(422);
    expect((unknown.body as { errors: { field: string; message: string }[] }).errors).toEqual([{ field: "lines.1", message: "productNotFound: Sản phẩm không có" }]);
    const twice = await post(ids.done!, { lines: [{ ...figures.lines[0]!, product: slugs.honey! }, { ...figures.lines[0]!, product: slugs.honey! }] }, bearer(secret));
    expect(twice.status).toBe(422);
    expect((await post(ids.coming!, body(), bearer(secret))).status).toBe(409);
    expect((await post("7f1c2a4e-0000-4000-8000-000000000000", body(), bearer(secret))).status).toBe(404);
    expect((await post(ids.done!, "{not json", bearer(secret))).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("are rate-limited per token, with Retry-After", async () => {
    process.env.API_TOKEN_RATE_PER_MINUTE = "2";
    const secret = await token(["results:write"]);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const answer = await post(ids.done!, { lines: [] }, bearer(secret));
      statuses.push(answer.status);
      retryAfter ??= answer.headers.get("retry-after");
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another token has its own allowance.
    expect((await post(ids.done!, { lines: [] }, bearer(await token(["results:write"])))).status).toBe(400);
  });

  it("show drafts only to a token allowed to read them, privately and audited", async () => {
    const list = async (headers: Record<string, string> = {}) => {
      const response = await listSessions(new Request("http://portal.test/api/v1/sessions?limit=100", { headers }), { params: Promise.resolve({}) });
      const text = await response.text();
      const answer = { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
      conforms("/api/v1/sessions", "get", answer);
      return answer;
    };
    const ids_ = (a: Answer) => (a.body as { data: { id: string }[] }).data.map((s) => s.id);
    expect(ids_(await list())).not.toContain(ids.draft);
    const readerSecret = await token(["sessions:read-private"], "Cổng tỉnh đọc phiên nháp");
    const reader = await list(bearer(readerSecret));
    expect(ids_(reader)).toContain(ids.draft);
    expect(reader.headers.get("cache-control")).toBe("private, no-store");
    const readerId = (await db.integrationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(readerSecret) } })).id;
    expect(await db.auditLog.count({ where: { actorTokenId: readerId, action: "API_PRIVATE_READ" } })).toBe(1);
    expect((await list(bearer(await token(["results:write"])))).status).toBe(403);
  });
});
