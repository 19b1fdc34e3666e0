import { ACCOUNTS, expect, signIn, test } from "./fixtures";

/** Sessions that can be ended (docs/decisions/0011-sessions-and-proxies.md), tried as a browser would. */
test("a copy of the session cookie stops working once its owner signs out", async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  const stolen = await browser.newContext({ storageState: await page.context().storageState() });
  const other = await stolen.newPage();
  expect((await (await other.request.get("/api/me")).json()).user).toMatchObject({ role: "STAFF" });

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  // The action has finished when its redirect to the home page has landed (the header's
  // "Đăng nhập" alone is not proof: it can show while the action is still in flight).
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/$/);
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();

  expect((await (await other.request.get("/api/me")).json()).user).toBeNull();
  await other.goto("/admin");
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
  await stolen.close();
});

test("'sign out everywhere' on the account page ends the session on every other device", async ({ page, browser }) => {
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, ACCOUNTS.producer);
  await expect(phonePage).toHaveURL(/\/producer$/);

  await signIn(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await page.getByRole("navigation", { name: "Khu vực chủ thể" }).getByRole("link", { name: "Tài khoản" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();
  await expect(page.getByText(/đang đăng nhập ở ([2-9]|\d{2,}) nơi/)).toBeVisible();
  await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await phonePage.goto("/producer");
  await expect(phonePage).toHaveURL(/\/sign-in\?callbackUrl=%2Fproducer/);
  await phone.close();
});

test("a forged X-Forwarded-For does not escape the sign-in limit, and the message gives the real wait", async ({ page }) => {
  const email = `khong-ai-${Date.now()}@example.test`;
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i + 1}` });
    await signIn(page, email, `sai-mat-khau-${i}`);
    await expect(page.getByText("Email hoặc mật khẩu không đúng.")).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.200" });
  await signIn(page, email, "sai-mat-khau-cuoi");
  await expect(page.getByText(/Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\./)).toBeVisible();
});
