import type { Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";
import { ACCOUNTS, checkPage, expect, foreignDates, signIn, test, E2E_DATABASE_URL } from "./fixtures";

/**
 * Every page of the portal — public, producer, admin — passes axe-core (WCAG 2.2 AA), fits the
 * screen and writes dates as Vietnamese do (no ISO date or week, no two-digit year). The pages are
 * listed from app/[locale]/**\/page.tsx; each test also checks that none is missing from its list,
 * so a new page cannot slip past.
 *
 * Every scan is on a 375 px phone: no element of the portal is shown or hidden by the screen's
 * width, so the phone scan reads everything a desktop one would, and adds what only a narrow screen
 * has (tables that scroll sideways must be reachable by keyboard, nothing may overflow).
 */
type Ids = { session: string; producer: string; product: string; province: string; submittedProduct: string; submittedShop: string; ownProduct: string; completedSession: string; workshop: string };

async function ids(): Promise<Ids> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const [session, completed, producer, product, province, submittedProduct, submittedShop, own, workshop] = await Promise.all([
      db.liveSession.findFirstOrThrow({ where: { status: "SCHEDULED" }, orderBy: { startsAt: "asc" }, select: { id: true } }),
      db.liveSession.findFirstOrThrow({ where: { status: "COMPLETED" }, orderBy: { startsAt: "desc" }, select: { id: true } }),
      db.producer.findFirstOrThrow({ where: { reviewStatus: "APPROVED" }, orderBy: { slug: "asc" }, select: { slug: true } }),
      db.product.findFirstOrThrow({ where: { reviewStatus: "APPROVED" }, orderBy: { slug: "asc" }, select: { slug: true } }),
      db.province.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true } }),
      db.product.findFirstOrThrow({ where: { reviewStatus: "SUBMITTED" }, select: { id: true } }),
      db.producer.findFirstOrThrow({ where: { reviewStatus: "SUBMITTED" }, select: { id: true } }),
      db.product.findFirstOrThrow({ where: { producer: { members: { some: { user: { email: ACCOUNTS.producer } } } } }, orderBy: { fragile: "desc" }, select: { id: true } }),
      // A past workshop: its page shows the attendance buttons.
      db.workshop.findFirstOrThrow({ where: { startsAt: { lt: new Date() } }, orderBy: { startsAt: "desc" }, select: { id: true } }),
    ]);
    return {
      session: session.id,
      completedSession: completed.id,
      producer: producer.slug,
      product: product.slug,
      province: province.slug,
      submittedProduct: submittedProduct.id,
      submittedShop: submittedShop.id,
      ownProduct: own.id,
      workshop: workshop.id,
    };
  } finally {
    await db.$disconnect();
  }
}

/** Route patterns as in app/[locale] (route groups dropped), for the completeness check. */
const ROUTES = {
  public: ["/", "/schedule/[week]", "/sessions/[id]", "/producers/[slug]", "/products/[slug]", "/provinces/[slug]", "/products", "/search", "/sign-in", "/register", "/register/done", "/reset-password/[token]", "/[...missing]", "/hat-giong-ocop", "/ocop-seeds", "/schedule/[week]/filtered"],
  producer: ["/account", "/producer", "/producer/applications", "/producer/orders", "/producer/products", "/producer/products/[id]", "/producer/products/new", "/producer/products/[id]/packaging", "/producer/results", "/producer/shop", "/producer/training"],
  admin: [
    "/admin",
    "/admin/audit",
    "/admin/certificates",
    "/admin/channels",
    "/admin/health",
    "/admin/hosts",
    "/admin/packaging",
    "/admin/integrations",
    "/admin/reports",
    "/admin/reports/print",
    "/admin/revenue/import",
    "/admin/revenue/orders",
    "/admin/reviews",
    "/admin/reviews/products/[id]",
    "/admin/reviews/shops/[id]",
    "/admin/sessions",
    "/admin/sessions/[id]",
    "/admin/sessions/[id]/results",
    "/admin/sessions/new",
    "/admin/training",
    "/admin/training/[id]",
    "/admin/users",
  ],
};

async function visitAll(page: Page, urls: string[], options: { ownTitle?: boolean } = {}) {
  for (const url of urls) {
    await test.step(url, async () => {
      const response = await page.goto(url);
      expect(response!.status(), url).toBeLessThan(url.includes("khong-co-trang-nay") ? 500 : 400);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      // Signed-in pages have a title of their own before the site's name, not just the site's.
      if (options.ownTitle) expect(await page.title(), url).toMatch(/^\S.* · Chợ phiên OCOP$/);
      await checkPage(page);
      expect(await foreignDates(page), url).toEqual([]);
    });
  }
}

test("the route lists above cover every page of the app", async () => {
  const { readdirSync } = await import("node:fs");
  const path = await import("node:path");
  const root = path.resolve(import.meta.dirname, "../../app/[locale]");
  const pages = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith("page.tsx"))
    .map((f) => `/${path.dirname(f)}`.replace(/\/\([^)]+\)/g, "").replace(/\/\.$/, "") || "/")
    .map((p) => (p === "" ? "/" : p));
  expect(pages.sort()).toEqual([...ROUTES.public, ...ROUTES.producer, ...ROUTES.admin].sort());
});

/** The address to visit for each route pattern (the patterns themselves are checked above). */
function addresses(routes: string[], id: Ids): string[] {
  const concrete: Record<string, string> = {
    "/schedule/[week]": "/schedule",
    "/schedule/[week]/filtered": "/schedule?province=B%E1%BA%AFc+Giang&stars=4",
    "/sessions/[id]": `/sessions/${id.session}`,
    "/producers/[slug]": `/producers/${id.producer}`,
    "/products/[slug]": `/products/${id.product}`,
    "/provinces/[slug]": `/provinces/${id.province}`,
    "/reset-password/[token]": "/reset-password/khong-hop-le-0123456789abcdefghij0123456789ab",
    "/[...missing]": "/khong-co-trang-nay",
    "/ocop-seeds": "/en/ocop-seeds",
    "/producer/products/[id]": `/producer/products/${id.ownProduct}`,
    "/producer/products/[id]/packaging": `/producer/products/${id.ownProduct}/packaging`,
    "/admin/training/[id]": `/admin/training/${id.workshop}`,
    "/admin/reviews/products/[id]": `/admin/reviews/products/${id.submittedProduct}`,
    "/admin/reviews/shops/[id]": `/admin/reviews/shops/${id.submittedShop}`,
    "/admin/sessions/[id]": `/admin/sessions/${id.session}`,
    "/admin/sessions/[id]/results": `/admin/sessions/${id.completedSession}/results`,
  };
  return routes.map((route) => concrete[route] ?? route);
}

test("every public page passes axe on a 375 px phone, in Vietnamese and English", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const urls = [...addresses(ROUTES.public, await ids()), "/search?q=mat+ong", "/search?q=khongcogica"];
  await visitAll(page, [...urls, ...urls.slice(0, 6).map((u) => `/en${u === "/" ? "" : u}`)]);
});

test("every producer page passes axe on a 375 px phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const id = await ids();
  await signIn(page, ACCOUNTS.producer);
  await page.waitForURL(/\/producer/);
  await visitAll(page, addresses(ROUTES.producer, id), { ownTitle: true });
});

test("every staff and admin page passes axe on a 375 px phone", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const id = await ids();
  await signIn(page, ACCOUNTS.admin);
  await page.waitForURL(/\/admin/);
  await visitAll(page, [...addresses(ROUTES.admin, id), "/admin/reviews?queue=shops", "/admin/certificates?which=expired"], { ownTitle: true });
});
