import { ACCOUNTS, expect, signIn, test } from "./fixtures";

test("staff sign in, land on /admin with real figures, and sign out", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: /Xin chào, Phạm Quốc Bảo/ })).toBeVisible();
  const waiting = page.getByRole("region", { name: "Chờ duyệt" });
  await expect(waiting.getByText("Chủ thể chờ duyệt")).toBeVisible();
  await expect(waiting.locator("dd").first()).toHaveText(/^[1-9]/);
  // Recent activity in words, without the sign-ins (the audit page shows those when asked).
  const recent = page.getByRole("region", { name: "Hoạt động gần đây" }).first();
  await expect(recent).toBeVisible();
  expect(await recent.innerText()).not.toMatch(/[A-Z]+_[A-Z_]+|Đăng nhập\b/);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
});

test("an admin lands on /admin too", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText("Quản trị viên")).toBeVisible();
});

test("a producer lands on /producer with their own shop, and /admin is a 403", async ({ page }) => {
  await signIn(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await expect(page.getByText("Đã duyệt").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Phiên sắp tới có sản phẩm của bạn" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("₫");

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Bạn không có quyền xem trang này" })).toBeVisible();
});

test("staff get a real 403 on the admins' pages, and keep their own", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  for (const path of ["/admin/users", "/admin/hosts", "/admin/channels", "/admin/integrations"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Bạn không có quyền xem trang này" })).toBeVisible();
  }
  expect((await page.goto("/admin/reports"))?.status()).toBe(200);
});

test("a visitor who opens /producer is sent to sign-in, and comes back after", async ({ page }) => {
  await page.goto("/producer");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fproducer/);
  await page.getByLabel("Email").fill(ACCOUNTS.producer);
  await page.getByLabel("Mật khẩu").fill("ChoPhien#2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/producer$/);
});

test("a wrong password is refused without saying whether the email exists, and the email is kept", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.staff);
  await signIn(page, "nobody@chophien.test", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email hoặc mật khẩu không đúng.");
});

test("the sign-in form says what is missing, in English under /en", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Please enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Please enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a producer who forgot the password is told, on the sign-in page, how to get a new one", async ({ page }) => {
  await page.goto("/sign-in");
  const help = page.getByText(/quản trị viên sẽ gửi bạn một liên kết đặt lại mật khẩu/);
  await expect(help).toBeHidden();
  await page.getByText("Quên mật khẩu?").focus();
  await page.keyboard.press("Enter");
  await expect(help).toBeVisible();
});
