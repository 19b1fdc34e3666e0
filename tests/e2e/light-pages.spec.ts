import type { Page } from "@playwright/test";
import { ACCOUNTS, comingSessionId, expect, signIn, test } from "./fixtures";

/**
 * Public pages are documents (docs/decisions/0019-light-public-pages.md, 0023): their links are
 * plain anchors, so a phone does not download each linked page's React payload in the background,
 * and they are sent without the framework's runtime: one small script of their own.
 * Sizes and Lighthouse budgets are the benchmark's (`npm run bench:pages`), not a test's.
 */
async function backgroundPageFetches(page: Page, url: string): Promise<string[]> {
  const fetched: string[] = [];
  const listener = (request: { url(): string; headers(): Record<string, string> }) => {
    if (request.headers()["rsc"] || request.url().includes("_rsc=")) fetched.push(request.url());
  };
  page.on("request", listener);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Long enough for Next's prefetching of links in view (it starts once the page is idle).
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.waitForTimeout(1_500);
  page.off("request", listener);
  return fetched;
}

test.use({ viewport: { width: 375, height: 800 } });

test("public pages fetch no other page's payload in the background; a signed-in area still does", async ({ page }) => {
  test.setTimeout(90_000);
  const session = await comingSessionId("next");
  for (const url of ["/", "/schedule", `/sessions/${session}`]) {
    expect(await backgroundPageFetches(page, url), url).toEqual([]);
  }
  // The detection itself works: the staff area keeps the client router's prefetching.
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  expect((await backgroundPageFetches(page, "/admin")).length).toBeGreaterThan(0);
});

test("public pages run no framework: only the islands' script, which counts down, shows the copy button and the account", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const session = `/sessions/${await comingSessionId("next")}`;
  await page.goto(session);
  await expect(page.getByText(/^Bắt đầu sau \d+ (ngày|giờ|phút)/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sao chép liên kết" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  const producer = await page.locator("a[href^='/producers/']").first().getAttribute("href");
  const product = await page.locator("a[href^='/products/']").first().getAttribute("href");
  for (const url of ["/", "/schedule", "/search?q=tr%C3%A0", "/products", "/en", producer!, product!]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const html = await (await page.request.get(url)).text();
    expect(html, url).not.toContain("self.__next_f");
    expect(html, url).not.toMatch(/<script[^>]+src="\/_next\/static\/chunks\//);
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => !/^\/_next\/static\/islands\/islands-[0-9a-f]{12}\.js$/.test(path))).toEqual([]);
  // The same header in a signed-in area is React's, and the account shows there too.
  await signIn(page, ACCOUNTS.producer);
  await expect(page.getByRole("link", { name: /Đang đăng nhập: Y Khuê Niê/ })).toBeVisible();
  expect(scripts.some((path) => path.startsWith("/_next/static/chunks/"))).toBe(true);
});

test("the schedule on a phone: one compact entry a session, the whole entry its link, filters set from the URL", async ({ page }) => {
  await page.goto("/schedule?stars=5&seeds=1");
  const entries = page.getByRole("article");
  await expect(page.getByLabel("Số sao tối thiểu")).toHaveValue("5");
  await expect(page.getByLabel(/Chỉ phiên có Hạt giống OCOP/)).toBeChecked();
  await expect(page.getByLabel("Người dẫn", { exact: true })).toHaveValue("");
  const first = entries.filter({ visible: true }).first();
  const link = first.getByRole("link").first();
  // The link's name: title, then time, host and provinces.
  await expect(link).toHaveAccessibleName(/^\S.* \d{2}:\d{2}–\d{2}:\d{2} · \S.* · \S/);
  // One line of products at most, variants of a product named once.
  const products = first.locator(":scope > p");
  if (await products.count()) {
    const names = (await products.textContent())!.replace(/ \+\d+ sản phẩm khác$/, "").split(" · ");
    expect(names.length).toBeLessThanOrEqual(3);
    for (const name of names) expect(names.filter((other) => other !== name && other.startsWith(name))).toEqual([]);
  }
  await link.click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
});

test("the schedule's search still finds a session by its producer, whose name the compact entry no longer shows", async ({ page }) => {
  await page.goto("/schedule");
  const week = await page.locator("article").count();
  await page.goto("/schedule?q=D%C6%B0%C6%A1ng+V%C4%83n+L%E1%BB%99c");
  await expect(page.getByLabel("Tìm trong tuần")).toHaveValue("Dương Văn Lộc");
  const shown = page.getByRole("article").filter({ visible: true });
  await expect.poll(() => shown.count()).toBeGreaterThan(0);
  expect(await shown.count()).toBeLessThan(week);
  await expect(page.getByText("Không có phiên nào khớp bộ lọc")).toHaveCount(0);
  await expect(shown.first()).not.toContainText("Dương Văn Lộc");
});
