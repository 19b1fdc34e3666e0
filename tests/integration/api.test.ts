import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getGroups } from "@/app/api/v1/groups/route";
import { GET as getDocument } from "@/app/api/v1/openapi.json/route";
import { GET as getProducer } from "@/app/api/v1/producers/[slug]/route";
import { GET as listProducers } from "@/app/api/v1/producers/route";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import { GET as listProducts } from "@/app/api/v1/products/route";
import { GET as getProvinces } from "@/app/api/v1/provinces/route";
import { GET as getSession } from "@/app/api/v1/sessions/[id]/route";
import { GET as listSessions } from "@/app/api/v1/sessions/route";
import { openApiDocument } from "@/lib/api/openapi";
import { db } from "@/lib/db/client";
import { addDays, comingSaturday, isoWeekOf, vnInstant } from "@/lib/time";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession } from "@/tests/fixtures/factories";
import { conforms } from "@/tests/support/openapi";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const saturday = addDays(comingSaturday(), 7);
const HA_GIANG_NOW_TUYEN_QUANG = 3;
let fx: Awaited<ReturnType<typeof build>>;

/** Public and private things side by side; every private value is listed in `secrets`. */
async function build() {
  await seedReferenceData(db);
  const [host, channel, channel2] = await Promise.all([createHost(db, { tiktokHandle: "host.api.test" }), createChannel(db), createChannel(db)]);
  const shop = await createProducer(db, { name: "HTX Chè Shan Tuyết API", provinceId: HA_GIANG_NOW_TUYEN_QUANG, taxCode: "5100123456" });
  const other = await createProducer(db, { name: "Công ty Gốm Bát Tràng API", provinceId: 1 });
  const pendingShop = await createProducer(db, { name: "HTX Chờ Duyệt API", reviewStatus: "SUBMITTED", taxCode: "9999999998" });
  const tea = await createProduct(db, shop.id, { name: "Chè Shan tuyết cổ thụ", groupId: 2, certificate: { stars: 5, decisionDate: addDays(saturday, -100) } });
  const vase = await createProduct(db, other.id, { name: "Bình gốm men lam", groupId: 4, certificate: { stars: 4, decisionDate: addDays(saturday, -100) } });
  const pending = await createProduct(db, shop.id, { name: "Chè chờ duyệt bí mật", reviewStatus: "SUBMITTED" });
  const sessions = [];
  for (let i = 0; i < 5; i++) {
    const day = addDays(saturday, i * 7);
    sessions.push(
      await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "07:00"), endsAt: vnInstant(day, "08:00"), title: `Phiên chè ${i}`, productIds: [tea.id, pending.id] }),
    );
  }
  const draft = await createSession(db, { hostId: host.id, channelId: channel2.id, startsAt: vnInstant(saturday, "09:00"), endsAt: vnInstant(saturday, "10:00"), status: "DRAFT", title: "Phiên nháp bí mật", productIds: [vase.id] });
  const secrets = ["5100123456", "9999999998", "0912 345 678", "lienhe@", "Phiên nháp bí mật", "Chè chờ duyệt bí mật", "HTX Chờ Duyệt API", draft.id, pending.slug];
  return { host, channel, shop, other, pendingShop, tea, vase, pending, sessions, draft, secrets };
}

beforeAll(async () => {
  fx = await build();
});

async function call(handler: Handler, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await handler(new Request(`http://portal.test${path}`, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null };
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (checked by an independent validator) and is served as JSON", async () => {
    const served = await call(getDocument, "/api/v1/openapi.json");
    expect(served.status).toBe(200);
    expect(served.body.openapi).toBe("3.1.0");
    const result = await new Validator().validate(served.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(served.body.paths)).toEqual(expect.arrayContaining(["/api/v1/sessions", "/api/v1/sessions/{id}", "/api/v1/products/{slug}", "/api/v1/provinces", "/api/v1/sessions/{id}/results"]));
  });

  it("documents every route handler under /api/v1, and only those", () => {
    const routes = readdirSync(path.join(process.cwd(), "app/api/v1"), { recursive: true })
      .map(String)
      // [...path] answers every address that names no endpoint with a 404: it is not one.
      .filter((f) => f.endsWith("route.ts") && !f.startsWith("openapi.json") && !f.startsWith("[...path]"))
      .map((f) => `/api/v1/${path.dirname(f)}`.replace(/\[(\w+)\]/g, "{$1}"));
    expect(Object.keys(openApiDocument().paths ?? {}).sort()).toEqual(routes.sort());
  });
});

describe("the public read API", () => {
  it("answers every endpoint with what the document promises, successes and errors alike", async () => {
    const cases: [Handler, string, string, Record<string, string>, number][] = [
      [listSessions, "/api/v1/sessions", "/api/v1/sessions?limit=2", {}, 200],
      [listSessions, "/api/v1/sessions", "/api/v1/sessions?province=H%C3%A0%20Giang&stars=5&group=2", {}, 200],
      [listSessions, "/api/v1/sessions", "/api/v1/sessions?colour=red&limit=0", {}, 400],
      [getSession, "/api/v1/sessions/{id}", `/api/v1/sessions/${fx.sessions[0]!.id}`, { id: fx.sessions[0]!.id }, 200],
      [getSession, "/api/v1/sessions/{id}", `/api/v1/sessions/${fx.draft.id}`, { id: fx.draft.id }, 404],
      [getSession, "/api/v1/sessions/{id}", "/api/v1/sessions/nope", { id: "nope" }, 400],
      [listProducts, "/api/v1/products", "/api/v1/products?q=che%20shan", {}, 200],
      [listProducts, "/api/v1/products", "/api/v1/products?province=Atlantis", {}, 400],
      [getProduct, "/api/v1/products/{slug}", `/api/v1/products/${fx.tea.slug}`, { slug: fx.tea.slug }, 200],
      [getProduct, "/api/v1/products/{slug}", `/api/v1/products/${fx.pending.slug}`, { slug: fx.pending.slug }, 404],
      [listProducers, "/api/v1/producers", "/api/v1/producers?province=tuyen-quang", {}, 200],
      [getProducer, "/api/v1/producers/{slug}", `/api/v1/producers/${fx.shop.slug}`, { slug: fx.shop.slug }, 200],
      [getProducer, "/api/v1/producers/{slug}", `/api/v1/producers/${fx.pendingShop.slug}`, { slug: fx.pendingShop.slug }, 404],
      [getProvinces, "/api/v1/provinces", "/api/v1/provinces", {}, 200],
      [getGroups, "/api/v1/groups", "/api/v1/groups", {}, 200],
      [getGroups, "/api/v1/groups", "/api/v1/groups?x=1", {}, 400],
    ];
    for (const [handler, documented, url, params, status] of cases) {
      const response = await call(handler, url, params);
      expect(response.status, url).toBe(status);
      expect(response.headers.get("access-control-allow-origin"), url).toBe("*");
      conforms(documented, "get", response);
    }
  });

  it("filters like the public pages: a former province name, stars and group, the host, the week", async () => {
    const titles = async (query: string) => (await call(listSessions, `/api/v1/sessions?${query}`)).body.data.map((s: { title: string }) => s.title);
    expect(await titles("province=H%C3%A0%20Giang&limit=2")).toEqual(["Phiên chè 0", "Phiên chè 1"]);
    expect(await titles("stars=5&group=2&host=%40host.api.test&limit=1")).toEqual(["Phiên chè 0"]);
    expect(await titles("province=1")).toEqual([]);
    expect(await titles(`week=${isoWeekOf(saturday)}`)).toEqual(["Phiên chè 0"]);
    expect((await call(listSessions, "/api/v1/sessions?week=2026-W54")).status).toBe(400);
    const session = (await call(getSession, `/api/v1/sessions/${fx.sessions[0]!.id}`, { id: fx.sessions[0]!.id })).body;
    expect(session).toMatchObject({ startsAt: vnInstant(saturday, "07:00").toISOString(), startsAtLocal: `${saturday}T07:00:00+07:00`, status: "SCHEDULED" });
    expect(session.products.map((p: { slug: string }) => p.slug)).toEqual([fx.tea.slug]);
    expect(session.producers[0].province).toMatchObject({ id: HA_GIANG_NOW_TUYEN_QUANG, name: "Tuyên Quang" });
    const products = await call(listProducts, "/api/v1/products?q=CHE%20SHAN%20TUYET");
    expect(products.body.data.map((p: { slug: string }) => p.slug)).toEqual([fx.tea.slug]);
    expect((await call(listProducts, "/api/v1/products?stars=5")).body.data.map((p: { slug: string }) => p.slug)).toEqual([fx.tea.slug]);
  });

  it("names every bad or unknown parameter in a 400, never a 500", async () => {
    const bad = await call(listSessions, "/api/v1/sessions?colour=red&limit=500&group=9&status=DRAFT");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(bad.body.code).toBe("bad_request");
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["colour", "group", "limit", "status"]);
    const cursor = await call(listSessions, "/api/v1/sessions?cursor=not-a-cursor");
    expect(cursor.body.errors).toEqual([{ field: "cursor", message: "not a cursor given by this API" }]);
    const twice = await call(listProducts, "/api/v1/products?group=1&group=2");
    expect(twice.body.errors).toEqual([{ field: "group", message: "given more than once" }]);
    for (const day of ["2026-02-30", "2026-13-01", "2025-02-29"]) {
      const impossible = await call(listSessions, `/api/v1/sessions?from=${day}`);
      expect(impossible.status, day).toBe(400);
      expect(impossible.body.errors).toEqual([{ field: "from", message: "not a calendar date" }]);
    }
    expect((await call(listSessions, "/api/v1/sessions?from=2028-02-29")).status).toBe(200);
    // A NUL byte (PostgreSQL refuses it in text) or any other character no slug has: not found, no query.
    for (const slug of ["\u0000", `${fx.tea.slug}\u0000`, "a'b", "x".repeat(300)]) {
      const product = await call(getProduct, `/api/v1/products/x`, { slug });
      expect(product.status).toBe(slug.length > 200 ? 400 : 404);
      expect(product.headers.get("content-type")).toContain("application/problem+json");
      expect((await call(getProducer, `/api/v1/producers/x`, { slug })).status).toBe(slug.length > 200 ? 400 : 404);
    }
  });

  it("walks a whole collection page by page without gaps or repeats while sessions are added", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let added = 0;
    do {
      const page: { body: { data: { id: string; startsAt: string }[]; nextCursor: string | null } } = await call(listSessions, `/api/v1/sessions?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.body.data.map((s) => s.id));
      cursor = page.body.nextCursor;
      if (added < 2) {
        // One new session before the pages already read (not expected), one at the very end (expected).
        const early = vnInstant(addDays(saturday, -1), `0${added}:00`);
        const late = vnInstant(addDays(saturday, 60 + added), "07:00");
        await createSession(db, { hostId: fx.host.id, channelId: fx.channel.id, startsAt: early, endsAt: new Date(early.getTime() + 1_800_000), title: `Sớm ${added}` });
        const s = await createSession(db, { hostId: fx.host.id, channelId: fx.channel.id, startsAt: late, endsAt: new Date(late.getTime() + 1_800_000), title: `Muộn ${added}` });
        fx.sessions.push(s);
        added++;
      }
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(fx.sessions.map((s) => s.id)));
    expect(seen).not.toContain(fx.draft.id);
  });

  it("answers 304 to an If-None-Match that still holds, and a new ETag once the data changes", async () => {
    const first = await call(getProduct, `/api/v1/products/${fx.vase.slug}`, { slug: fx.vase.slug });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("public");
    const again = await call(getProduct, `/api/v1/products/${fx.vase.slug}`, { slug: fx.vase.slug }, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    await db.product.update({ where: { id: fx.vase.id }, data: { priceVnd: 450_000 } });
    const changed = await call(getProduct, `/api/v1/products/${fx.vase.slug}`, { slug: fx.vase.slug }, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.body.priceVnd).toBe(450_000);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("never shows a private field, a draft or anything not approved", async () => {
    const responses = await Promise.all([
      call(listSessions, "/api/v1/sessions?limit=100"),
      call(getSession, `/api/v1/sessions/${fx.sessions[0]!.id}`, { id: fx.sessions[0]!.id }),
      call(listProducts, "/api/v1/products?limit=100"),
      call(getProduct, `/api/v1/products/${fx.tea.slug}`, { slug: fx.tea.slug }),
      call(listProducers, "/api/v1/producers?limit=100"),
      call(getProducer, `/api/v1/producers/${fx.shop.slug}`, { slug: fx.shop.slug }),
    ]);
    const json = responses.map((r) => r.text).join("\n");
    for (const secret of fx.secrets) expect(json).not.toContain(secret);
    for (const field of ['"taxCode"', '"phone"', '"email"', '"address"', '"reviewStatus"', '"reviewReason"', '"scanUrl"']) expect(json).not.toContain(field);
  });
});
