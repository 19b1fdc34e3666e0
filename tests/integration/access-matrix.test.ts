/**
 * The authorisation matrix (lib/security/access.ts), walked: every registered entry point is
 * called as each kind of caller, through the same function a browser reaches (the 'use server'
 * export or the route handler), against the real database. Only the session lookup is replaced,
 * so that each call can be made as a chosen user.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/users";
import { acting, asUser, formData as form } from "@/tests/support/acting-user";

const { ACCESS, CALLERS, PUBLIC_ENTRY_POINTS } = await import("@/lib/security/access");
type Caller = (typeof CALLERS)[number];
const { AuthorizationError } = await import("@/lib/auth/policy");
const { loadActiveUser } = await import("@/lib/auth/users");
const { db } = await import("@/lib/db/client");
const { addDays, comingSaturday, vnInstant } = await import("@/lib/time");
const { openSaturdays } = await import("@/lib/applications/schema");
const { applyForSession } = await import("@/lib/applications/manage");
const { createResetLink } = await import("@/lib/users/manage");
const { createIntegrationToken } = await import("@/lib/integrations/manage");
const { previewImport, stageImport } = await import("@/lib/results/import");
const { orderStagedKey } = await import("@/lib/orders/import");
const { storeScan } = await import("@/lib/media/files");
const { seedReferenceData } = await import("@/prisma/seed");
const { productForm } = await import("@/tests/fixtures/forms");
const { createChannel, createHost, createPackagingCheck, createProducer, createProduct, createSession, createUser, createWorkshop, unique } = await import("@/tests/fixtures/factories");
const { default: sharp } = await import("sharp");
const { SMTPServer } = await import("smtp-server");

let smtp: Promise<string> | undefined;
/** A real SMTP server that accepts and drops every message, started on first use. */
function smtpSink(): Promise<string> {
  smtp ??= new Promise((resolve) => {
    const server = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], logger: false, onData: (stream, _s, done) => stream.on("end", () => done()).resume() });
    server.listen(0, "127.0.0.1", () => resolve(`smtp://127.0.0.1:${(server.server.address() as import("node:net").AddressInfo).port}`));
  });
  return smtp;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------
// Discovery: what a browser or a client can reach, read from the source.

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(path.join(ROOT, rel)).isDirectory() ? walk(rel) : /\.tsx?$/.test(name) ? [rel] : [];
  });
}

function discoverEntryPoints(): { entries: string[]; preflights: string[]; refusals: string[]; inlineServerActions: string[] } {
  const entries: string[] = [];
  const preflights: string[] = [];
  // Methods answered only with a 405 or 404 problem (methodNotAllowed / unknownEndpoint in lib/api/http.ts).
  const refusals: string[] = [];
  const inlineServerActions: string[] = [];
  for (const file of ["app", "components", "lib"].flatMap(walk)) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const moduleLevel = /^\s*(\/\*[\s\S]*?\*\/\s*|\/\/.*\n\s*)*["']use server["']/.test(source);
    if (moduleLevel) {
      for (const [, name] of source.matchAll(/^export\s+(?:async\s+)?(?:function|const)\s+(\w+)/gm)) entries.push(`${file}#${name}`);
    } else if (/^\s+["']use server["'];?\s*$/m.test(source)) {
      inlineServerActions.push(file);
    }
    if (/\/route\.tsx?$/.test(file)) {
      const methods = new Set<string>();
      for (const [, name] of source.matchAll(/^export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm)) methods.add(name!);
      for (const [, list, factory] of source.matchAll(/^export\s+const\s+\{([^}]*)\}\s*=\s*(\w+)/gm)) {
        for (const name of list!.split(",").map((n) => n.trim())) {
          if (factory === "methodNotAllowed" || factory === "unknownEndpoint") refusals.push(`${file}#${name}`);
          else methods.add(name);
        }
      }
      for (const method of methods) {
        if (method === "OPTIONS") {
          // A CORS preflight answers headers only; it must stay exactly that.
          expect(source, `${file}: OPTIONS must only answer the preflight`).toMatch(/^export const OPTIONS = \(\) => corsPreflight\("\w+"\);$/m);
          preflights.push(`${file}#OPTIONS`);
        } else entries.push(`${file}#${method}`);
      }
    }
  }
  return { entries: entries.sort(), preflights, refusals, inlineServerActions };
}

describe("the registry of entry points", () => {
  it("lists every server action and route handler, and nothing that is gone", () => {
    const { entries, inlineServerActions } = discoverEntryPoints();
    expect(inlineServerActions, "server actions live in 'use server' modules under lib/, where the registry sees them").toEqual([]);
    const registered = [...Object.keys(ACCESS), ...Object.keys(PUBLIC_ENTRY_POINTS)].sort();
    expect(entries.filter((e) => !registered.includes(e)), "entry points missing from lib/security/access.ts").toEqual([]);
    expect(registered.filter((e) => !entries.includes(e)), "registered entry points that no longer exist").toEqual([]);
    expect(Object.keys(ACCESS).filter((e) => e in PUBLIC_ENTRY_POINTS)).toEqual([]);
    expect(entries.length).toBeGreaterThan(40);
  });

  it("answers a method a route does not take, and a path that names no endpoint, with problem details and nothing else", async () => {
    const { refusals } = discoverEntryPoints();
    expect(refusals.length).toBeGreaterThan(30);
    for (const key of refusals) {
      const [file, name] = key.split("#");
      const source = readFileSync(path.join(ROOT, file!), "utf8");
      // The line holds nothing but the factory call, so the method can do nothing else.
      expect(source, key).toMatch(new RegExp(`^export const \\{[^}]*\\b${name}\\b[^}]*\\} = (methodNotAllowed\\("(GET|POST)"\\)|unknownEndpoint\\(\\));$`, "m"));
      const exported = (await import(`@/${file!.replace(/\.tsx?$/, "")}`)) as Record<string, () => Promise<Response>>;
      const response = await exported[name!]!();
      expect(response.status, key).toBe(file!.includes("[...path]") ? 404 : 405);
      expect(response.headers.get("content-type"), key).toBe("application/problem+json");
      if (response.status === 405) expect(response.headers.get("allow"), key).toMatch(/OPTIONS$/);
    }
  });

  it("has every state-changing route handler refuse other sites, or take a bearer token and no cookie", () => {
    const { entries } = discoverEntryPoints();
    const unsafe = entries.filter((e) => /\/route\.tsx?#(POST|PUT|PATCH|DELETE)$/.test(e));
    expect(unsafe.length).toBeGreaterThan(0);
    for (const key of unsafe) {
      const source = readFileSync(path.join(ROOT, key.split("#")[0]!), "utf8");
      expect(/crossSiteRefusal\(request\)|requireToken\(request/.test(source), `${key} checks neither Origin/Sec-Fetch-Site nor a token`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The callers and the data of each call.

let staff: CurrentUser;
let admin: CurrentUser;

async function signedIn(role: "PRODUCER" | "STAFF" | "ADMIN", shop?: "APPROVED" | "SUBMITTED"): Promise<CurrentUser> {
  const row = await createUser(db, { role });
  if (shop) await createProducer(db, { memberUserIds: [row.id], reviewStatus: shop, taxCode: null });
  return (await loadActiveUser(row.id))!;
}

/** Fresh data for one call: a shop with its owner, another producer, and what the entry needs. */
type World = { owner: CurrentUser; other: CurrentUser; producerId: string };

async function world(shop: "APPROVED" | "SUBMITTED" = "APPROVED"): Promise<World> {
  const owner = await signedIn("PRODUCER", shop);
  const other = await signedIn("PRODUCER", shop);
  return { owner, other, producerId: owner.producerIds[0]! };
}

let weeks = 0;
/** A Saturday of its own for each call, far enough ahead that nothing else is planned on it. */
const freshSaturday = () => addDays(comingSaturday(), 7 * (60 + ++weeks));

let orders = 0;
/** A one-line order export with an order id of its own (order lines are the platform's, unique across shops). */
const orderExport = () =>
  `Order ID,Order Status,SKU ID,Quantity,SKU Subtotal After Discount,Created Time,Paid Time\n${9_000_000_000 + ++orders},Completed,1234,1,100000,01/11/2026 08:00:00,01/11/2026 08:01:00\n`;

async function pastSession(producerId: string) {
  const products = [await createProduct(db, producerId)];
  const [host, channel] = await Promise.all([createHost(db), createChannel(db)]);
  const day = addDays(comingSaturday(), -7 * ++weeks);
  const session = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "COMPLETED", productIds: products.map((p) => p.id) });
  return { session, product: products[0]!, channel };
}


const routeParams = <T,>(params: T) => ({ params: Promise.resolve(params) });

/** Makes the call's data (as nobody) and hands back the call itself, to be made as the caller. */
type Setup = (w: World) => Promise<() => Promise<unknown>>;
type Scenario = { setup: Setup; control?: Setup };
type Invoke = (...args: unknown[]) => Promise<unknown>;

/** The exported function behind a registry key (module path # export name). */
async function entry(key: string): Promise<Invoke> {
  const [file, name] = key.split("#");
  const exported = (await import(`@/${file!.replace(/\.tsx?$/, "")}`)) as Record<string, Invoke>;
  const fn = exported[name!];
  if (typeof fn !== "function") throw new Error(`${key} is not an exported function`);
  return fn;
}

const action = (key: string, values: (w: World) => Promise<Record<string, string | string[] | File>>): Setup => async (w) => {
  const [fn, data] = await Promise.all([entry(key), values(w)]);
  return () => fn({}, form(data));
};

const SCENARIOS: Record<keyof typeof ACCESS, Scenario> = {
  "lib/planning/actions.ts#saveSessionAction": {
    setup: action("lib/planning/actions.ts#saveSessionAction", async () => {
      const [host, channel] = await Promise.all([createHost(db), createChannel(db)]);
      return { locale: "vi", title: "Đặc sản Tây Bắc", date: freshSaturday(), start: "08:00", end: "09:00", hostId: host.id, channelId: channel.id, themeProvinceId: "", themeGroupId: "", themeDestination: "", liveUrl: "" };
    }),
  },
  "lib/planning/actions.ts#setSessionStatusAction": {
    setup: action("lib/planning/actions.ts#setSessionStatusAction", async (w) => {
      const [host, channel, product] = await Promise.all([createHost(db), createChannel(db), createProduct(db, w.producerId)]);
      const day = freshSaturday();
      const session = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "DRAFT", productIds: [product.id] });
      return { sessionId: session.id, version: "0", status: "SCHEDULED" };
    }),
  },
  "lib/planning/actions.ts#changeLineupAction": {
    setup: action("lib/planning/actions.ts#changeLineupAction", async (w) => {
      const [host, channel, product] = await Promise.all([createHost(db), createChannel(db), createProduct(db, w.producerId)]);
      const day = freshSaturday();
      const session = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(day, "08:00"), endsAt: vnInstant(day, "09:00"), status: "DRAFT" });
      return { sessionId: session.id, productId: product.id, change: "add" };
    }),
  },
  "lib/planning/actions.ts#copyPreviousSaturdayAction": {
    setup: action("lib/planning/actions.ts#copyPreviousSaturdayAction", async (w) => {
      const [host, channel, product] = await Promise.all([createHost(db), createChannel(db), createProduct(db, w.producerId)]);
      const saturday = freshSaturday();
      const before = addDays(saturday, -7);
      await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(before, "08:00"), endsAt: vnInstant(before, "09:00"), productIds: [product.id] });
      return { saturday };
    }),
  },
  "lib/planning/actions.ts#decideApplicationAction": {
    setup: action("lib/planning/actions.ts#decideApplicationAction", async (w) => {
      const saturday = openSaturdays()[1]!;
      const product = await createProduct(db, w.producerId);
      const applied = await asUser(w.owner, () => applyForSession({ saturday, preferredTime: "", productIds: product.id, note: "" }));
      const [host, channel] = await Promise.all([createHost(db), createChannel(db)]);
      const start = `${String(6 + (weeks++ % 12)).padStart(2, "0")}:${weeks % 2 ? "00" : "30"}`;
      const session = await createSession(db, { hostId: host.id, channelId: channel.id, startsAt: vnInstant(saturday, start), endsAt: new Date(vnInstant(saturday, start).getTime() + 20 * 60_000), status: "DRAFT" });
      return { applicationId: (applied.result as { applicationId: string }).applicationId, decision: "ACCEPT", sessionId: session.id };
    }),
  },
  "lib/reviews/actions.ts#decideReviewAction": {
    setup: action("lib/reviews/actions.ts#decideReviewAction", async (w) => {
      const product = await createProduct(db, w.producerId, { reviewStatus: "SUBMITTED" });
      return { target: "PRODUCT", id: product.id, decision: "APPROVE", version: "0" };
    }),
  },
  "lib/reviews/actions.ts#bulkApproveAction": {
    setup: action("lib/reviews/actions.ts#bulkApproveAction", async (w) => {
      const products = await Promise.all([1, 2].map(() => createProduct(db, w.producerId, { reviewStatus: "SUBMITTED" })));
      return { target: "PRODUCT", ids: products.map((p) => p.id) };
    }),
  },
  "lib/results/actions.ts#previewImportAction": {
    setup: action("lib/results/actions.ts#previewImportAction", async (w) => {
      const { session, product } = await pastSession(w.producerId);
      const csv = `Mã phiên;Sản phẩm;Số đơn;Số lượng bán;Doanh số\n${session.id};${product.slug};3;4;450.000\n`;
      return { file: new File([csv], "ket-qua.csv", { type: "text/csv" }) };
    }),
  },
  "lib/results/actions.ts#confirmImportAction": {
    setup: action("lib/results/actions.ts#confirmImportAction", async (w) => {
      const { session, product } = await pastSession(w.producerId);
      const csv = `Mã phiên;Sản phẩm;Số đơn;Số lượng bán;Doanh số\n${session.id};${product.slug};3;4;450.000\n`;
      const { sha256 } = await stageImport(new File([csv], "ket-qua.csv", { type: "text/csv" }));
      expect((await previewImport(sha256)).problemCount).toBe(0);
      return { sha256, fileName: "ket-qua.csv" };
    }),
  },
  "lib/results/actions.ts#recordResultsAction": {
    setup: action("lib/results/actions.ts#recordResultsAction", async (w) => {
      const { session, product } = await pastSession(w.producerId);
      return { sessionId: session.id, viewers: "1.000", peakViewers: "100", durationMinutes: "60", newFollowers: "", [`orders:${product.id}`]: "2", [`units:${product.id}`]: "2", [`gmv:${product.id}`]: "300.000" };
    }),
  },
  "lib/orders/actions.ts#previewOrderImportAction": {
    setup: action("lib/orders/actions.ts#previewOrderImportAction", async (w) => {
      const { product } = await pastSession(w.producerId);
      await db.productSku.create({ data: { producerId: w.producerId, productId: product.id, value: `SKU-${unique()}` } });
      return { producerId: w.producerId, file: new File([orderExport()], "orders.csv", { type: "text/csv" }) };
    }),
  },
  "lib/orders/actions.ts#confirmOrderImportAction": {
    setup: action("lib/orders/actions.ts#confirmOrderImportAction", async (w) => {
      await pastSession(w.producerId);
      const { sha256 } = await stageImport(new File([orderExport()], "orders.csv"), orderStagedKey);
      return { sha256, fileName: "orders.csv", producerId: w.producerId };
    }),
  },
  "lib/orders/actions.ts#updateProductListingAction": {
    setup: action("lib/orders/actions.ts#updateProductListingAction", async (w) => {
      const product = await createProduct(db, w.producerId);
      return { productId: product.id, tiktokProductId: "1729384756", skus: `SKU-${unique()}` };
    }),
  },
  "lib/programme/actions.ts#createWorkshopAction": {
    setup: action("lib/programme/actions.ts#createWorkshopAction", async () => ({
      title: "Quay video ngắn bằng điện thoại", topic: "SHORT_VIDEO", date: freshSaturday(), start: "14:00", end: "16:00", place: "Hà Nội", onlineUrl: "", capacity: "30", description: "",
    })),
  },
  "lib/programme/actions.ts#enrolAction": {
    setup: action("lib/programme/actions.ts#enrolAction", async (w) => ({ workshopId: (await createWorkshop(db, { createdById: staff.id })).id, producerId: w.producerId })),
  },
  "lib/programme/actions.ts#cancelEnrolmentAction": {
    setup: action("lib/programme/actions.ts#cancelEnrolmentAction", async (w) => {
      const workshop = await createWorkshop(db, { createdById: staff.id });
      const enrolment = await db.workshopEnrolment.create({ data: { workshopId: workshop.id, producerId: w.producerId, enrolledById: w.owner.id } });
      return { enrolmentId: enrolment.id };
    }),
  },
  "lib/programme/actions.ts#attendanceAction": {
    setup: action("lib/programme/actions.ts#attendanceAction", async (w) => {
      const workshop = await createWorkshop(db, { createdById: staff.id, startsAt: new Date(Date.now() - 3 * 3_600_000) });
      const enrolment = await db.workshopEnrolment.create({ data: { workshopId: workshop.id, producerId: w.producerId, enrolledById: w.owner.id } });
      return { enrolmentId: enrolment.id, status: "ATTENDED" };
    }),
  },
  "lib/programme/actions.ts#submitPackagingAction": {
    setup: action("lib/programme/actions.ts#submitPackagingAction", async (w) => {
      const product = await createProduct(db, w.producerId, { fragile: true });
      const photo = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#c84" } }).jpeg().toBuffer();
      return { productId: product.id, cushioning: "on", boxStrength: "on", fragileLabel: "on", note: "", photo: new File([new Uint8Array(photo)], "kien-hang.jpg", { type: "image/jpeg" }) };
    }),
  },
  "lib/programme/actions.ts#decidePackagingAction": {
    setup: action("lib/programme/actions.ts#decidePackagingAction", async (w) => {
      const product = await createProduct(db, w.producerId, { fragile: true });
      const check = await createPackagingCheck(db, { productId: product.id, submittedById: w.owner.id });
      return { checkId: check.id, decision: "APPROVE", reason: "" };
    }),
  },
  "lib/programme/actions.ts#readinessRuleAction": {
    setup: action("lib/programme/actions.ts#readinessRuleAction", async () => ({ hardStop: "" })),
  },
  "lib/users/actions.ts#requestPasswordResetAction": {
    setup: action("lib/users/actions.ts#requestPasswordResetAction", async (w) => {
      process.env.SMTP_URL = await smtpSink();
      return { resetEmail: (await db.user.findUniqueOrThrow({ where: { id: w.owner.id }, select: { email: true } })).email, locale: "vi" };
    }),
  },
  "lib/programme/actions.ts#complaintAction": {
    setup: action("lib/programme/actions.ts#complaintAction", async (w) => ({ productId: (await createProduct(db, w.producerId)).id, sessionId: "", source: "BUYER", description: "Hai hộp bị móp khi nhận" })),
  },
  "lib/programme/actions.ts#healthReviewAction": {
    setup: action("lib/programme/actions.ts#healthReviewAction", async (w) => ({
      producerId: w.producerId, responseTime: "4", onTimeShipping: "5", damageRate: "3", listingQuality: "4", livePerformance: "4", guidance: "Chụp ảnh sản phẩm trên nền sáng hơn.",
    })),
  },
  "lib/programme/actions.ts#cohortAction": {
    setup: action("lib/programme/actions.ts#cohortAction", async (w) => ({ producerId: w.producerId, change: "join", cohortReason: "Tăng trưởng đều qua 8 phiên" })),
  },
  "lib/programme/actions.ts#acknowledgeHealthAction": {
    setup: action("lib/programme/actions.ts#acknowledgeHealthAction", async (w) => {
      const review = await db.healthReview.create({
        data: { producerId: w.producerId, responseTime: 4, onTimeShipping: 4, damageRate: 4, listingQuality: 4, livePerformance: 4, guidance: "Giữ nhịp livestream hằng tuần.", reviewedById: staff.id },
      });
      return { reviewId: review.id };
    }),
  },
  "lib/programme/actions.ts#growthConsentAction": {
    setup: action("lib/programme/actions.ts#growthConsentAction", async () => ({ publishGrowth: "on" })),
  },
  "app/[locale]/admin/(staff)/reports/export/route.ts#GET": {
    setup: async () => {
      const get = await entry("app/[locale]/admin/(staff)/reports/export/route.ts#GET");
      return () => get(new Request("http://portal.test/vi/admin/reports/export?table=province"), routeParams({ locale: "vi" }));
    },
  },
  "app/api/imports/[job]/route.ts#GET": {
    setup: async () => {
      const job = crypto.randomUUID();
      await db.importProgress.create({ data: { id: job, userId: staff.id, phase: "check", done: 10, total: 20 } });
      const get = await entry("app/api/imports/[job]/route.ts#GET");
      return () => get(new Request(`http://portal.test/api/imports/${job}`), routeParams({ job }));
    },
  },
  "app/api/v1/sessions/[id]/results/route.ts#POST": (() => {
    const post = async (w: World, headers: Record<string, string>) => {
      const { session, product } = await pastSession(w.producerId);
      const request = new Request(`http://portal.test/api/v1/sessions/${session.id}/results`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify({ viewers: 100, lines: [{ product: product.slug, orders: 1, units: 1, gmv: 90000 }] }),
      });
      const handler = await entry("app/api/v1/sessions/[id]/results/route.ts#POST");
      return () => handler(request, routeParams({ id: session.id }));
    };
    return {
      setup: (w) => post(w, {}),
      // The same call with a token succeeds, so the refusals above are about the caller alone.
      control: async (w) => {
        const token = await asUser(admin, () => createIntegrationToken({ name: `Hệ thống ${unique()}`, scopes: ["results:write"], lifetimeDays: "30" }));
        return post(w, { Authorization: `Bearer ${(token.result as { secret: string }).secret}` });
      },
    };
  })(),
  "lib/users/actions.ts#createStaffUserAction": {
    setup: action("lib/users/actions.ts#createStaffUserAction", async () => ({ locale: "vi", email: `nv-${unique()}@chophien.test`, name: "Phạm Văn Nam", role: "STAFF" })),
  },
  "lib/users/actions.ts#changeRoleAction": {
    setup: action("lib/users/actions.ts#changeRoleAction", async () => ({ locale: "vi", userId: (await createUser(db, { role: "STAFF" })).id, role: "ADMIN" })),
  },
  "lib/users/actions.ts#setUserStatusAction": {
    setup: action("lib/users/actions.ts#setUserStatusAction", async () => ({ locale: "vi", userId: (await createUser(db, { role: "STAFF" })).id, status: "DISABLED" })),
  },
  "lib/users/actions.ts#createResetLinkAction": {
    setup: action("lib/users/actions.ts#createResetLinkAction", async () => ({ locale: "vi", userId: (await createUser(db, { role: "STAFF" })).id })),
  },
  "lib/users/actions.ts#resetPasswordAction": {
    setup: action("lib/users/actions.ts#resetPasswordAction", async () => {
      const link = await asUser(admin, async () => createResetLink({ userId: (await createUser(db, { role: "STAFF" })).id }));
      const password = "mua xuan tren cao nguyen";
      return { token: (link.result as { token: string }).token, password, confirm: password };
    }),
  },
  "lib/reference/actions.ts#saveHostAction": {
    setup: action("lib/reference/actions.ts#saveHostAction", async () => ({ name: "Lê Minh Tâm", tiktokHandle: `tam.${unique()}`, mcn: "" })),
  },
  "lib/reference/actions.ts#saveChannelAction": {
    setup: action("lib/reference/actions.ts#saveChannelAction", async () => {
      const handle = `chophien.${unique()}`;
      return { name: `Kênh ${handle}`, tiktokHandle: handle, url: `https://www.tiktok.com/@${handle}` };
    }),
  },
  "lib/reference/actions.ts#setReferenceActiveAction": {
    setup: action("lib/reference/actions.ts#setReferenceActiveAction", async () => ({ kind: "host", id: (await createHost(db)).id, active: "false" })),
  },
  "lib/integrations/actions.ts#createTokenAction": {
    setup: action("lib/integrations/actions.ts#createTokenAction", async () => ({ name: `Hệ thống ${unique()}`, scopes: "results:write", lifetimeDays: "90" })),
  },
  "lib/integrations/actions.ts#revokeTokenAction": {
    setup: action("lib/integrations/actions.ts#revokeTokenAction", async () => {
      const token = await asUser(admin, () => createIntegrationToken({ name: `Hệ thống ${unique()}`, scopes: ["results:write"], lifetimeDays: "30" }));
      return { id: (token.result as { id: string }).id };
    }),
  },
  "lib/producers/actions.ts#registerAction": {
    setup: action("lib/producers/actions.ts#registerAction", async () => ({
      locale: "vi",
      email: `hoa-${unique()}@example.test`,
      password: "ruong-bac-thang-mu-cang-chai",
      name: "Nguyễn Thị Hoa",
      phone: "0912 345 678",
      shopName: `HTX Chè ${unique()}`,
      legalForm: "COOPERATIVE",
      taxCode: "0100109106",
      province: "Bắc Kạn",
      address: "Xóm 3, xã Tân Cương",
      tiktok: "",
      description: "",
    })),
  },
  "lib/producers/actions.ts#updateShopAction": {
    setup: action("lib/producers/actions.ts#updateShopAction", async () => ({
      shopName: `HTX Chè Tân Cương ${unique()}`,
      legalForm: "COOPERATIVE",
      taxCode: "0100109106",
      province: "Thái Nguyên",
      address: "Xóm 5, xã Tân Cương",
      phone: "0912 345 678",
      tiktok: "",
      description: "Chè búp",
    })),
  },
  "lib/products/actions.ts#saveProductAction": {
    setup: action("lib/products/actions.ts#saveProductAction", async (w) => productForm((await createProduct(db, w.producerId, { reviewStatus: "DRAFT" })).id, { name: `Mật ong bạc hà ${unique()}` })),
  },
  "lib/applications/actions.ts#applyAction": {
    setup: action("lib/applications/actions.ts#applyAction", async (w) => ({ saturday: openSaturdays()[2]!, preferredTime: "08:30", productIds: (await createProduct(db, w.producerId)).id, note: "" })),
  },
  "lib/applications/actions.ts#withdrawAction": {
    setup: action("lib/applications/actions.ts#withdrawAction", async (w) => {
      const product = await createProduct(db, w.producerId);
      const applied = await asUser(w.owner, () => applyForSession({ saturday: openSaturdays()[3]!, preferredTime: "", productIds: product.id, note: "" }));
      return { applicationId: (applied.result as { applicationId: string }).applicationId };
    }),
  },
  "lib/notifications/actions.ts#markNotificationsReadAction": {
    setup: async (w) => {
      await db.notification.create({ data: { userId: w.owner.id, kind: "PRODUCT_APPROVE", title: "Sản phẩm đã được duyệt", body: "" } });
      const markRead = await entry("lib/notifications/actions.ts#markNotificationsReadAction");
      return () => markRead();
    },
  },
  "app/media/[...path]/route.ts#GET": {
    setup: async (w) => {
      const scan = await storeScan(new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n")));
      const product = await createProduct(db, w.producerId);
      await db.certificate.updateMany({ where: { productId: product.id }, data: { scanUrl: scan.url } });
      const parts = scan.url.split("/").slice(2);
      const get = await entry("app/media/[...path]/route.ts#GET");
      return () => get(new Request(`http://portal.test${scan.url}`), routeParams({ path: parts }));
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Running a call and judging it.

type Outcome = { allowed: boolean; detail: string };

/**
 * The form errors that mean "not you": signed out (submitForm's answer to an AuthorizationError),
 * and another owner's data answered as not found (or no shop of one's own), so as not to tell
 * whether it exists.
 */
const AUTHORISATION_REFUSALS = new Set(["signInRequired", "notFound", "noShop"]);

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await run();
    if (result instanceof Response) {
      if (result.status < 400) return { allowed: true, detail: `HTTP ${result.status}` };
      if ([401, 403, 404].includes(result.status)) return { allowed: false, detail: `HTTP ${result.status}` };
      throw new Error(`unexpected HTTP ${result.status}: ${await result.text()}`);
    }
    if (result === undefined) return { allowed: true, detail: "done" };
    const state = result as { ok?: boolean; formError?: string; fieldErrors?: Record<string, string> };
    if (state.ok) return { allowed: true, detail: "ok" };
    // Only a refusal of the caller counts as one: any other failure (a field the scenario got
    // wrong, a rule of the domain) would hide whether the caller was checked at all.
    if (state.formError && AUTHORISATION_REFUSALS.has(state.formError)) return { allowed: false, detail: state.formError };
    throw new Error(`not an authorisation refusal: ${JSON.stringify({ formError: state.formError, fieldErrors: state.fieldErrors })}`);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
      const to = digest.split(";")[2] ?? "";
      return { allowed: !to.includes("/sign-in"), detail: `redirect ${to}` };
    }
    if (error instanceof AuthorizationError) return { allowed: false, detail: error.kind };
    throw error;
  }
}

/** Every table's row count and a checksum of its rows: a refused call must leave all of it as it was. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
  const sql = tables
    .map(({ name }) => `SELECT '${name}' AS name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS print FROM "${name}" t`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

function userFor(caller: Caller, w: World): CurrentUser | null {
  return { anonymous: null, otherProducer: w.other, owner: w.owner, staff, admin }[caller];
}

const calls: string[] = [];

beforeAll(async () => {
  await seedReferenceData(db);
  staff = await signedIn("STAFF");
  admin = await signedIn("ADMIN");
});

afterAll(() => {
  // The figure for the closing note: entries × callers walked.
  console.info(`authorisation matrix: ${Object.keys(ACCESS).length} entries × ${CALLERS.length} callers = ${calls.length} calls`);
});

describe("the authorisation matrix", () => {
  it("has a scenario for each registered entry", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(Object.keys(ACCESS).sort());
  });

  for (const [key, rule] of Object.entries(ACCESS)) {
    it(`${key}: ${rule.rule}`, async () => {
      const scenario = SCENARIOS[key as keyof typeof ACCESS];
      const seen: Record<string, string> = {};
      for (const caller of CALLERS) {
        const w = await world(key.includes("updateShop") ? "SUBMITTED" : "APPROVED");
        // The call's own data is made before the snapshot: only the call itself is judged.
        acting.user = null;
        const call = await scenario.setup(w);
        const before = await fingerprint();
        acting.user = userFor(caller, w);
        const result = await outcome(call);
        acting.user = null;
        calls.push(`${key} as ${caller}`);
        seen[caller] = `${result.allowed ? "allowed" : "refused"} (${result.detail})`;
        expect(result.allowed, `${key} as ${caller}: ${result.detail}`).toBe((rule.allowed as readonly Caller[]).includes(caller));
        if (!result.allowed) expect(await fingerprint(), `${key} as ${caller} was refused but changed the database`).toEqual(before);
      }
      if (scenario.control) {
        const w = await world();
        expect(await outcome(await scenario.control(w)), `${key}: the control call`).toMatchObject({ allowed: true });
      }
      expect(Object.keys(seen)).toHaveLength(CALLERS.length);
    });
  }
});
