import AxeBuilder from "@axe-core/playwright";
import { ACCOUNTS, expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 375, height: 800 } });

test("a producer applies for the coming Saturday, sees the application pending, and withdraws it", async ({ page }) => {
  await signIn(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await page.getByRole("link", { name: "Đăng ký tham gia phiên" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký tham gia phiên" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("button", { name: "Gửi đơn" }).click();
  await expect(page.getByText("Hãy chọn ít nhất một sản phẩm.")).toBeVisible();

  const saturday = await page.getByLabel("Thứ Bảy").locator("option:checked").textContent();
  await page.getByLabel("Khung giờ mong muốn").selectOption("10:00");
  await page.getByRole("group", { name: "Sản phẩm" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Gửi đơn" }).click();
  await expect(page.getByText("Đã gửi đơn.")).toBeVisible();

  const row = page.getByRole("listitem").filter({ hasText: `${saturday} · 10:00` });
  await expect(row.getByText("Chờ xử lý")).toBeVisible();
  await row.getByRole("button", { name: /Rút đơn/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `${saturday} · 10:00` }).getByText("Đã rút")).toBeVisible();
});

test("a producer reads their results on a phone: a chart, then sessions by month in under three screens, products a tap away", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, ACCOUNTS.producer);
  await page.getByRole("navigation", { name: "Khu vực chủ thể" }).getByRole("link", { name: "Kết quả bán hàng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kết quả bán hàng" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^Tháng \d+\/\d{4}/ }).first()).toBeVisible();
  const sessions = await page.locator("details").count();
  expect(sessions).toBeGreaterThan(5);
  // Every session's products are one tap away.
  const first = page.locator("details").first();
  await first.locator("summary").click();
  await expect(first.getByRole("listitem").first()).toContainText("₫");
  await first.locator("summary").click();
  // The page stays short: with 20 sessions (the list's height per session times 20) it is under 3 screens.
  const { list, total } = await page.evaluate(() => ({
    list: (document.querySelector('[aria-labelledby="by-session"]') as HTMLElement).offsetHeight,
    total: document.documentElement.scrollHeight,
  }));
  expect(total - list + (list / sessions) * 20, `${sessions} sessions: list ${list} px of ${total} px`).toBeLessThan(3 * 800);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("an approved producer edits the shop's description but not its tax code", async ({ page }) => {
  await signIn(page, ACCOUNTS.producer);
  await page.getByRole("link", { name: "Sửa hồ sơ cửa hàng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ cửa hàng" })).toBeVisible();
  await expect(page.getByLabel("Mã số thuế")).toHaveAttribute("readonly", "");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel("Giới thiệu ngắn").fill("Cà phê rang mộc, không tẩm ướp.");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByText("Đã lưu hồ sơ.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Giới thiệu ngắn")).toHaveValue("Cà phê rang mộc, không tẩm ướp.");
});
