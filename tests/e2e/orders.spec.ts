import { formatMonth, formatVnd } from "@/lib/format";
import { vnDateOf, vnTimeOf } from "@/lib/time";
import { exportCsv, exportTime, exportXlsx } from "@/tests/support/order-export";
import type { Page } from "@playwright/test";
import { ACCOUNTS, checkPage, expect, signIn, test, withE2eDb } from "./fixtures";

/** A completed session of the demo producer, with one of their products in its line-up. */
function producerSession() {
  return withE2eDb((db) =>
    db.liveSession.findFirstOrThrow({
      where: { status: "COMPLETED", lineup: { some: { product: { producer: { members: { some: { user: { email: ACCOUNTS.producer } } } } } } } },
      orderBy: { startsAt: "desc" },
      select: {
        id: true,
        title: true,
        startsAt: true,
        lineup: { where: { product: { producer: { members: { some: { user: { email: ACCOUNTS.producer } } } } } }, take: 1, select: { product: { select: { id: true, name: true, producer: { select: { name: true } } } } } },
      },
    }),
  );
}

/** "HH:MM:SS" some minutes after an instant, in Vietnam time, and the export's date for it. */
const at = (instant: Date, minutes: number) => {
  const later = new Date(instant.getTime() + minutes * 60_000);
  return exportTime(vnDateOf(later), `${vnTimeOf(later)}:00`);
};
const unique = () => String(Date.now()).slice(-9);

/** Adds a SKU to a product on its page, as its producer does; returns the form's status after saving. */
async function linkSku(page: Page, productId: string, sku: string) {
  await page.goto(`/producer/products/${productId}`);
  const listing = page.getByRole("form", { name: "Mã SKU TikTok Shop" });
  const skus = listing.getByLabel("Mã SKU (mỗi dòng một mã)");
  await skus.fill(`${await skus.inputValue()}\n${sku}`);
  await listing.getByRole("button", { name: "Lưu mã SKU" }).click();
  return listing.getByRole("status");
}

test.describe("order exports", () => {
  test("a producer on a phone links a SKU, uploads their Vietnamese XLSX export and sees what the session sold, gross and net", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const session = await producerSession();
    const product = session.lineup[0]!.product;
    const sku = `E2E-${unique()}`;

    await signIn(page, ACCOUNTS.producer);
    await expect(page).toHaveURL(/\/producer$/);
    await expect(await linkSku(page, product.id, sku)).toHaveText("Đã lưu mã SKU.");

    const id = unique();
    const xlsx = await exportXlsx(
      [
        { orderId: `${id}01`, skuId: "", sellerSku: sku, paid: at(session.startsAt, 10), subtotal: 400_000, quantity: 2, status: "Đã hoàn thành" },
        { orderId: `${id}02`, skuId: "", sellerSku: sku, paid: at(session.startsAt, 20), subtotal: 200_000, quantity: 2, returned: 1, reason: "Hàng bị vỡ", returnType: "Trả hàng/Hoàn tiền", status: "Đã giao" },
        { orderId: `${id}03`, skuId: "", sellerSku: sku, paid: at(session.startsAt, 30), subtotal: 100_000, status: "Đã hủy", reason: "Người mua đổi ý" },
        // Three days later: outside every session.
        { orderId: `${id}04`, skuId: "", sellerSku: sku, paid: at(session.startsAt, 3 * 24 * 60), subtotal: 50_000 },
      ],
      { lang: "vi" },
    );
    await page.getByRole("navigation", { name: "Khu vực chủ thể" }).getByRole("link", { name: "Đơn hàng TikTok" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Đơn hàng TikTok Shop" })).toBeVisible();
    await expect(page.getByText(/tên, số điện thoại và địa chỉ người mua trong tệp không được đọc và không được lưu/)).toBeVisible();
    await page.getByLabel("Tệp xuất đơn hàng (CSV hoặc XLSX)").setInputFiles({ name: "don-hang.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
    await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
    await expect(page.getByText(/don-hang\.xlsx: 4 dòng — 4 mới/)).toBeVisible();
    await expect(page.getByText(/4 dòng khớp sản phẩm; 3 dòng thuộc 1 phiên; 1 dòng ngoài phiên/)).toBeVisible();
    // Gross 750.000 (paid lines, the cancelled one included); net = 750 − 100 cancelled − 100 refunded.
    await expect(page.getByTestId("order-money")).toContainText(`Doanh số gộp ${formatVnd(750_000, "vi")}`);
    await expect(page.getByTestId("order-money")).toContainText(`doanh số thực ${formatVnd(550_000, "vi")}`);
    await checkPage(page);
    await page.getByRole("button", { name: "Xác nhận nhập" }).click();
    await expect(page.getByText(/Đã nhập 4 dòng: 4 mới, 0 cập nhật; 1 phiên được cập nhật số liệu/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);

    await page.reload();
    // The session the lines went to (the demo has a producer in two sessions at once; either may be it).
    const attributed = await withE2eDb((db) => db.orderLine.findFirstOrThrow({ where: { orderId: `${id}01` }, select: { session: { select: { title: true } } } }));
    const card = page.getByRole("list", { name: "Doanh số theo phiên (từ đơn hàng)" }).getByRole("listitem").filter({ hasText: attributed.session!.title }).first();
    // The session's own lines: gross 700.000 (the outside line is not the session's), net 700 − 100 − 100.
    await expect(card).toContainText(formatVnd(700_000, "vi"));
    await expect(card).toContainText(formatVnd(500_000, "vi"));
    await expect(card).toContainText(`Hàng hư hỏng: ${formatVnd(100_000, "vi")}`);
    await expect(page.getByRole("list", { name: "Bán ngoài phiên, theo tháng" })).toContainText(formatVnd(50_000, "vi"));
    // The months, during sessions beside outside them: the outside line is this month's 50.000.
    const months = page.getByRole("region", { name: "Trong phiên và ngoài phiên, theo tháng" }).first();
    await expect(months.getByRole("rowheader").first()).toContainText(/\d+(,\d)?\s?% trong phiên/);
    await expect(months).toContainText(`thực ${formatVnd(50_000, "vi")}`);
    await checkPage(page);
  });

  test("a producer links a SKU after importing: the lines already imported count for the product, and the form says how many", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const session = await producerSession();
    const product = session.lineup[0]!.product;
    const sku = `LATE-${unique()}`;
    const id = unique();
    const csv = exportCsv([
      { orderId: `${id}21`, skuId: "", sellerSku: sku, paid: at(session.startsAt, 12), subtotal: 120_000 },
      { orderId: `${id}22`, skuId: "", sellerSku: sku, paid: at(session.startsAt, 14), subtotal: 80_000 },
    ]);

    await signIn(page, ACCOUNTS.producer);
    await expect(page).toHaveURL(/\/producer$/);
    await page.goto("/producer/orders");
    await page.getByLabel("Tệp xuất đơn hàng (CSV hoặc XLSX)").setInputFiles({ name: "don-hang.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
    await expect(page.getByText(/Mã SKU chưa gắn với sản phẩm nào/)).toBeVisible();
    await expect(page.getByText(new RegExp(`${sku} — .*\\(2 dòng\\)`))).toBeVisible();
    await page.getByRole("button", { name: "Xác nhận nhập" }).click();
    await expect(page.getByText(/Đã nhập 2 dòng: 2 mới/)).toBeVisible();

    const status = await linkSku(page, product.id, sku);
    await expect(status).toContainText("Đã lưu mã SKU.");
    await expect(status).toContainText("2 dòng đơn hàng đã nhập trước đó nay được tính theo các mã SKU này");
    await checkPage(page);
    const lines = await withE2eDb((db) => db.orderLine.findMany({ where: { orderId: { in: [`${id}21`, `${id}22`] } }, select: { productId: true, sessionId: true } }));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatchObject({ productId: product.id, sessionId: expect.any(String) });
  });

  test("staff import an English CSV for a shop they choose, and read net sales and damage returns by province", async ({ page }) => {
    const session = await producerSession();
    const product = session.lineup[0]!.product;
    const sku = await withE2eDb(async (db) => (await db.productSku.findFirstOrThrow({ where: { productId: product.id }, select: { value: true } })).value);
    const id = unique();
    const csv = exportCsv([
      { orderId: `${id}11`, skuId: sku, paid: at(session.startsAt, 5), subtotal: 300_000 },
      { orderId: `${id}12`, skuId: sku, paid: at(session.startsAt, 6), subtotal: 300_000, returned: 1, reason: "Item arrived damaged", returnType: "Return/Refund", status: "Delivered" },
    ]);

    await signIn(page, ACCOUNTS.staff);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("navigation", { name: "Công việc của Trung tâm" }).getByRole("link", { name: "Nhập đơn hàng" }).click();
    // Without a shop chosen, the form says so and keeps nothing.
    await page.getByLabel("Tệp xuất đơn hàng (CSV hoặc XLSX)").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
    await expect(page.getByText("Vui lòng chọn chủ thể.")).toBeVisible();

    await page.getByLabel("Chủ thể (cửa hàng)").selectOption({ label: product.producer.name });
    await page.getByLabel("Tệp xuất đơn hàng (CSV hoặc XLSX)").setInputFiles({ name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
    await expect(page.getByText(/orders\.csv: 2 dòng — 2 mới/)).toBeVisible();
    await page.getByRole("button", { name: "Xác nhận nhập" }).click();
    await expect(page.getByText(/Đã nhập 2 dòng/)).toBeVisible();

    await page.reload();
    await expect(page.getByRole("list", { name: "Doanh số từ đơn hàng theo tỉnh, thành" }).getByRole("listitem").first()).toContainText("Hàng hư hỏng");
    await expect(page.getByRole("region", { name: "Sản phẩm có tỉ lệ hoàn hàng hư hỏng cao nhất" }).first()).toContainText(product.name);
    await expect(page.getByRole("region", { name: "Các lần nhập gần đây" }).first()).toContainText("orders.csv");
    // A shop's months, during and outside sessions: from its row of the per-shop table.
    await page.getByRole("link", { name: `Xem theo tháng: ${product.producer.name}` }).click();
    await expect(page).toHaveURL(/\?shop=[0-9a-f-]{36}#by-month$/);
    const months = page.getByRole("region", { name: `${product.producer.name}: trong phiên và ngoài phiên, theo tháng` }).first();
    await expect(months.getByRole("rowheader", { name: formatMonth(vnDateOf(session.startsAt).slice(0, 7), "vi") })).toBeVisible();
    await checkPage(page);
  });
});
