import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 375, height: 800 } });

test("a producer registers on a phone, is told what to fix without losing anything, then sees the shop waiting", async ({ page }) => {
  const email = `htx-${Date.now()}@example.test`;
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Đăng ký cửa hàng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký cửa hàng OCOP" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("ruong-bac-thang-mu-cang-chai");
  await page.getByLabel("Họ và tên người liên hệ").fill("Nguyễn Thị Hoa");
  await page.getByLabel("Số điện thoại").fill("0912 345 678");
  await page.getByLabel("Tên cửa hàng / chủ thể").fill(`HTX Chè Tân Cương ${Date.now()}`);
  await page.getByLabel("Loại hình").selectOption("COOPERATIVE");
  await page.getByLabel("Mã số thuế").fill("0100109107");
  await page.getByLabel("Tỉnh/thành").fill("Bắc Kạn");
  await page.getByLabel("Địa chỉ").fill("Xóm 3, xã Tân Cương");
  await page.getByRole("button", { name: "Đăng ký" }).click();

  await expect(page.getByText("Vui lòng sửa các mục được đánh dấu bên dưới.")).toBeVisible();
  await expect(page.locator("#f-taxCode-error")).toHaveText(/Mã số thuế không hợp lệ/);
  await expect(page.getByLabel("Mã số thuế")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Tỉnh/thành")).toHaveValue("Bắc Kạn");
  await expect(page.getByLabel("Loại hình")).toHaveValue("COOPERATIVE");
  // The password is kept too, and the summary leads to each field to fix.
  await expect(page.getByLabel("Mật khẩu")).toHaveValue("ruong-bac-thang-mu-cang-chai");
  const summary = page.getByRole("alert");
  await summary.getByRole("link", { name: /^Mã số thuế: Mã số thuế không hợp lệ/ }).click();
  await expect(page).toHaveURL(/#f-taxCode$/);

  await page.getByLabel("Mã số thuế").fill("0100109106");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.getByRole("heading", { name: "Đã gửi hồ sơ đăng ký" })).toBeVisible();
  // What to do next, plainly, and no "if this email has no account…" hedge.
  await expect(page.getByRole("listitem").filter({ hasText: "Đăng nhập bằng email và mật khẩu bạn vừa đặt." })).toBeVisible();
  await expect(page.getByText(/Nếu email này/)).toHaveCount(0);

  await page.getByRole("link", { name: "Đăng nhập" }).last().click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("ruong-bac-thang-mu-cang-chai");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/producer$/);
  await expect(page.getByText("Chờ duyệt").first()).toBeVisible();
  await expect(page.getByText("Thái Nguyên")).toBeVisible();
  const notifications = page.getByRole("region", { name: /Thông báo/ });
  await expect(notifications.getByText("Cửa hàng đang chờ duyệt")).toBeVisible();
  await notifications.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
  await expect(notifications.getByText("Mới")).toHaveCount(0);
});

test("a province that is not found comes with the nearest names to choose from", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Tỉnh/thành").fill("Hà Tây");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.locator("#f-province-error")).toBeVisible();
  await page.getByRole("button", { name: "Hà Nội (Hà Tây cũ, sáp nhập 2008)" }).click();
  await expect(page.getByLabel("Tỉnh/thành")).toHaveValue("Hà Nội");
  await expect(page.getByLabel("Tỉnh/thành")).toBeFocused();
});
