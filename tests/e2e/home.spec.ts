import { ACCOUNTS, expect, signIn, test } from "./fixtures";

test("the home page shows the coming Saturday's sessions from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Chợ phiên OCOP/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chợ phiên OCOP sáng thứ Bảy");
  // Every session of the day is on the page; what is live or next first as cards (three a group
  // at most), the rest as compact rows: time, title, host, provinces (products on its page).
  const links = page.getByRole("main").locator('a[href^="/sessions/"]');
  await expect(links).toHaveCount(30);
  const cards = page.getByRole("region", { name: /Các phiên livestream/ }).getByRole("article");
  expect(await cards.count()).toBeGreaterThan(0);
  expect(await cards.count()).toBeLessThanOrEqual(6);
  const first = cards.first();
  await expect(first.getByText(/^\d{2}:\d{2}$/).first()).toBeVisible();
  await expect(first.getByText("Người dẫn")).toBeVisible();
  await expect(first.getByText(/@\w/)).toBeVisible();
  const row = page.getByRole("region", { name: "Các phiên khác trong ngày" }).getByRole("listitem").first();
  await expect(row).toContainText(/^\d{2}:\d{2}–\d{2}:\d{2}/);
  await expect(row.locator("p").last()).toContainText(" · ");
  // A session's link names its time and host for screen readers, not only its title: a card's in
  // its label, a row's because the whole row is the link.
  await expect(first.getByRole("link").first()).toHaveAccessibleName(/, \d{2}:\d{2}–\d{2}:\d{2}, người dẫn \S/);
  await expect(row.getByRole("link")).toHaveAccessibleName(/^\d{2}:\d{2}–\d{2}:\d{2} \S.* \S.* · \S/);
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
  // Thirty sessions in a few screens (it was 21 screens when every session was a full card).
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8 * 800);
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
