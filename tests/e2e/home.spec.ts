import { ACCOUNTS, expect, signIn, test } from "./fixtures";

test("the home page shows the coming Saturday's sessions from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Chợ phiên OCOP/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chợ phiên OCOP sáng thứ Bảy");
  const cards = page.getByRole("region", { name: /Các phiên livestream/ }).getByRole("article");
  await expect(cards).toHaveCount(30);
  const first = cards.first();
  await expect(first.getByText(/^07:00/)).toBeVisible();
  await expect(first.getByText("Người dẫn")).toBeVisible();
  await expect(first.getByText(/@\w/)).toBeVisible();
  await expect(first.getByRole("listitem").first()).toContainText("₫");
  await expect(page.getByText("30 phiên")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("giờ Việt Nam");
});

test("English is one click away and keeps the page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Ngôn ngữ: English/ }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP market sessions, Saturday morning");
  await expect(page.getByText("30 sessions")).toBeVisible();
  await expect(page.getByRole("region", { name: /Livestream sessions/ }).getByRole("article").first()).toContainText("Host");
  await page.getByRole("link", { name: /Language: Tiếng Việt/ }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});

test("reads well on a 375 px phone: nothing wider than the screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("on a phone the header keeps its size when the signed-in state arrives, and nothing moves", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const header = page.getByRole("banner");
  await page.goto("/schedule");
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  const anonymous = (await header.boundingBox())!.height;
  await signIn(page, ACCOUNTS.producer);
  await page.waitForURL(/\/producer/);
  await page.goto("/schedule");
  // Layout shifts of the page are recorded from its first paint on.
  await page.evaluate(() => {
    (window as { __shift?: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as { __shift?: number }).__shift! += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Đang đăng nhập: Y Khuê Niê/ })).toBeVisible();
  expect((await header.boundingBox())!.height).toBe(anonymous);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => (window as { __shift?: number }).__shift)).toBeLessThanOrEqual(0.02);
});

test("an unknown page is a friendly 404 in the site's layout", async ({ page }) => {
  const response = await page.goto("/khong-co-trang-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
});
