import sharp from "sharp";
import { createPrismaClient } from "@/lib/db/client";
import { onePagePdf } from "@/tests/fixtures/pdf";
import { ACCOUNTS, expect, signIn, test, withE2eDb, E2E_DATABASE_URL } from "./fixtures";

test("a producer submits a product with its certificate, sees it waiting, then approved and public", async ({ page }) => {
  const name = `Chè Tân Cương ${Date.now()}`;
  await signIn(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await page.getByRole("link", { name: "Sản phẩm của tôi" }).click();
  await page.getByRole("link", { name: "Thêm sản phẩm" }).click();

  await page.getByLabel("Tên sản phẩm").fill(name);
  await page.getByLabel("Nhóm OCOP").selectOption("2");
  await page.getByLabel("Giá bán (đồng)").fill("150.5");
  await page.getByLabel("Quy cách / đơn vị bán").fill("hộp 200 g");
  await page.getByLabel("Hạng sao").selectOption("4");
  await page.getByLabel("Cấp công nhận").selectOption("PROVINCE");
  await page.getByLabel("Số quyết định").fill("1234/QĐ-UBND");
  await page.getByLabel("Ngày quyết định").fill("2025-09-15");
  await page.getByRole("button", { name: "Lưu và gửi duyệt" }).click();

  await expect(page.getByText(/Giá không hợp lệ/)).toBeVisible();
  await expect(page.getByLabel("Tên sản phẩm")).toHaveValue(name);
  await expect(page.getByLabel("Số quyết định")).toHaveValue("1234/QĐ-UBND");
  await page.getByLabel("Giá bán (đồng)").fill("150.000");
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2f7d3a" } }).jpeg().toBuffer();
  await page.getByLabel(/Ảnh sản phẩm/).setInputFiles({ name: "che.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByLabel(/Bản chụp giấy chứng nhận/).setInputFiles({ name: "giay-chung-nhan.pdf", mimeType: "application/pdf", buffer: onePagePdf("Quyet dinh 1234/QD-UBND") });
  await page.getByRole("button", { name: "Lưu và gửi duyệt" }).click();

  await expect(page).toHaveURL(/\/producer\/products\?saved=/);
  const row = page.getByRole("listitem").filter({ hasText: name });
  await expect(row.getByText("Chờ duyệt")).toBeVisible();
  await expect(row).toContainText("150.000");

  // Staff review it with the scan in front of them: the PDF opens inside the page (the scan may be
  // framed by the portal's own pages), and no decision is chosen for them.
  const staff = await page.context().browser()!.newPage();
  await signIn(staff, ACCOUNTS.staff);
  await expect(staff).toHaveURL(/\/admin$/);
  const submitted = await withE2eDb((db) => db.product.findFirstOrThrow({ where: { name }, select: { id: true } }));
  await staff.goto(`/admin/reviews/products/${submitted.id}`);
  const preview = staff.locator("figure[data-scan=pdf] iframe");
  await expect(preview).toHaveAttribute("title", "Bản chụp giấy chứng nhận 4 sao, số 1234/QĐ-UBND");
  const scanUrl = await preview.getAttribute("src");
  expect(scanUrl).toMatch(/^\/media\/scans\/[0-9a-f-]{36}\.pdf$/);
  const scanResponse = await staff.request.get(scanUrl!);
  expect(scanResponse.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(scanResponse.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  // A frame the browser refused shows its error page instead of the scan.
  await expect.poll(() => staff.frames().map((f) => new URL(f.url(), "http://x").pathname)).toContain(scanUrl);
  await expect(staff.getByRole("radio", { checked: true })).toHaveCount(0);
  await staff.close();

  // A staff approval, made through the data layer (the review screens are another issue).
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const product = await db.product.findFirstOrThrow({ where: { name } });
    await db.product.update({ where: { id: product.id }, data: { reviewStatus: "APPROVED" } });
    await page.reload();
    await expect(page.getByRole("listitem").filter({ hasText: name }).getByText("Đã duyệt")).toBeVisible();
    await page.goto(`/products/${product.slug}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("1234/QĐ-UBND")).toBeVisible();
    const src = await page.getByRole("img", { name }).first().getAttribute("src");
    expect(src).toMatch(/^\/media\/products\/[0-9a-f-]{36}-800\.webp$/);
    expect((await page.request.get(src!)).headers()["content-type"]).toBe("image/webp");
    // The certificate scan is private: a visitor cannot fetch it.
    const certificate = await db.certificate.findFirstOrThrow({ where: { productId: product.id } });
    expect(certificate.scanUrl).toMatch(/^\/media\/scans\/.+\.pdf$/);
    const anonymous = await page.context().browser()!.newContext();
    expect((await anonymous.request.get(new URL(certificate.scanUrl!, page.url()).toString())).status()).toBe(404);
    await anonymous.close();
    expect((await page.request.get(certificate.scanUrl!)).status()).toBe(200);
  } finally {
    await db.$disconnect();
  }
});
