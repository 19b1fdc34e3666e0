import sharp from "sharp";
import { ACCOUNTS, checkPage, expect, fillProductForm, signIn, test, withE2eDb } from "./fixtures";

test.use({ viewport: { width: 375, height: 800 } });

async function openNewProduct(page: import("@playwright/test").Page) {
  await signIn(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await page.goto("/producer/products/new");
}

test("files are checked when picked: a wrong type is taken out by name, a heavy photo is made smaller on the phone", async ({ page }) => {
  test.setTimeout(90_000);
  await openNewProduct(page);
  const small = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2f7d3a" } }).jpeg().toBuffer();
  // Noise does not compress: a 1,600 × 1,400 PNG of it is over 6 MB, above the 5 MB limit.
  const heavy = await sharp({ create: { width: 1600, height: 1400, channels: 3, background: "#000000", noise: { type: "gaussian", mean: 128, sigma: 60 } } }).png().toBuffer();
  expect(heavy.byteLength).toBeGreaterThan(5 * 1024 * 1024);
  const photos = page.getByLabel(/Ảnh sản phẩm/);
  await photos.setInputFiles([
    { name: "ghi-chu.txt", mimeType: "text/plain", buffer: Buffer.from("không phải ảnh") },
    { name: "vuon-che.jpg", mimeType: "image/jpeg", buffer: small },
    { name: "doi-che-to.png", mimeType: "image/png", buffer: heavy },
  ]);
  await expect(page.getByText("“ghi-chu.txt” không dùng được: chỉ nhận JPEG, PNG, WebP.", { exact: false })).toBeVisible();
  await expect(page.getByText(/“doi-che-to\.png” nặng \d+,\d\sMB/)).toBeVisible();
  expect(await photos.evaluate((input: HTMLInputElement) => [...input.files!].map((f) => f.name))).toEqual(["vuon-che.jpg", "doi-che-to.png"]);

  await page.getByRole("button", { name: "Thu nhỏ ảnh" }).click();
  await expect(page.getByText(/Đã thu nhỏ “doi-che-to\.png”: \d+,\d\sMB → [\d,]+\s(KB|MB)\./)).toBeVisible();
  const sizes = await photos.evaluate((input: HTMLInputElement) => [...input.files!].map((f) => [f.name, f.type, f.size] as const));
  expect(sizes.map(([name, type]) => [name, type])).toEqual([["vuon-che.jpg", "image/jpeg"], ["doi-che-to.jpg", "image/jpeg"]]);
  expect(sizes[1]![2]).toBeLessThan(5 * 1024 * 1024);
  await expect(page.getByRole("button", { name: "Thu nhỏ ảnh" })).toHaveCount(0);
  await checkPage(page);
});

test("when the server refuses one file, the message names it and its size, and the other files are kept", async ({ page }) => {
  test.setTimeout(90_000);
  await openNewProduct(page);
  const name = `Mật ong bạc hà ${Date.now()}`;
  await fillProductForm(page, { name, group: "1", price: "180.000", unit: "chai 500 ml", stars: "4", decisionNumber: "88/QĐ-UBND", decisionDate: "2025-10-01" });
  const good = await sharp({ create: { width: 900, height: 900, channels: 3, background: "#c98a1b" } }).jpeg().toBuffer();
  // Says it is a JPEG, is not one: only the server, which reads the bytes, can tell.
  const fake = Buffer.from("GIF89a này không phải ảnh JPEG");
  const photos = page.getByLabel(/Ảnh sản phẩm/);
  await photos.setInputFiles([
    { name: "chai-mat-ong.jpg", mimeType: "image/jpeg", buffer: good },
    { name: "anh-hong.jpg", mimeType: "image/jpeg", buffer: fake },
  ]);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText(/“anh-hong\.jpg” \(1\sKB\) bị từ chối: Ảnh phải là JPEG, PNG hoặc WebP/)).toBeVisible();
  // The refused file is out, the good one and every field are still there.
  expect(await photos.evaluate((input: HTMLInputElement) => [...input.files!].map((f) => f.name))).toEqual(["chai-mat-ong.jpg"]);
  await expect(page.getByLabel("Tên sản phẩm")).toHaveValue(name);
  await expect(page.getByLabel("Số quyết định")).toHaveValue("88/QĐ-UBND");

  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/producer\/products\?saved=/);
  const images = await withE2eDb((db) => db.productImage.count({ where: { product: { name } } }));
  expect(images).toBe(1);
});
