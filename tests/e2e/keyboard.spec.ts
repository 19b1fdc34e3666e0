import type { Locator, Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";
import { addDays, comingSaturday } from "@/lib/time";
import { ACCOUNTS, DEMO_PASSWORD, expect, test, E2E_DATABASE_URL } from "./fixtures";

/**
 * The main flows with the keyboard alone: every control is reached with Tab (never clicked or
 * focused by the test) and used with Enter, Space, arrows and typing; file pickers open from the
 * keyboard.
 */
/** Presses Tab until `target` has the focus; fails when it is never reached. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

/** A closed <select> moved with the arrow keys until it holds `value`. */
async function choose(page: Page, select: Locator, value: string) {
  await tabTo(page, select);
  for (let i = 0; i < 70 && (await select.inputValue()) !== value; i++) await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

async function press(page: Page, target: Locator, key = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Opens a file input's picker with the keyboard and gives it a file. */
async function pickFile(page: Page, input: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
  await tabTo(page, input);
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(file);
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/sign-in");
  await typeInto(page, page.getByLabel("Email"), email);
  await typeInto(page, page.getByLabel("Mật khẩu"), DEMO_PASSWORD);
  await page.keyboard.press("Enter");
}

test("a visitor browses the schedule to a session with the keyboard", async ({ page }) => {
  await page.goto("/");
  // The first Tab reaches the skip link: the way past the header for keyboard users.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toBeFocused();
  await press(page, page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Lịch phát" }));
  await expect(page.getByRole("heading", { level: 1, name: "Lịch livestream" })).toBeVisible();
  const session = page.getByRole("main").locator('a[href^="/sessions/"]').first();
  const href = await session.getAttribute("href");
  await press(page, session);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a producer signs in and submits a product with its certificate, keyboard only", async ({ page }) => {
  const name = `Trà hoa vàng ${Date.now()}`;
  await signInByKeyboard(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await press(page, page.getByRole("link", { name: "Sản phẩm của tôi" }));
  await press(page, page.getByRole("link", { name: "Thêm sản phẩm" }));
  await typeInto(page, page.getByLabel("Tên sản phẩm"), name);
  await choose(page, page.getByLabel("Nhóm OCOP"), "2");
  await typeInto(page, page.getByLabel("Giá bán (đồng)"), "320.000");
  await typeInto(page, page.getByLabel("Quy cách / đơn vị bán"), "hộp 100 g");
  await choose(page, page.getByLabel("Hạng sao"), "4");
  await choose(page, page.getByLabel("Cấp công nhận"), "PROVINCE");
  await typeInto(page, page.getByLabel("Số quyết định"), "77/QĐ-UBND");
  await tabTo(page, page.getByLabel("Ngày quyết định"));
  await page.keyboard.type("09152025");
  await expect(page.getByLabel("Ngày quyết định")).toHaveValue("2025-09-15");
  await pickFile(page, page.getByLabel(/Bản chụp giấy chứng nhận/), { name: "giay-chung-nhan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%demo\n") });
  await press(page, page.getByRole("button", { name: "Lưu và gửi duyệt" }));
  await expect(page).toHaveURL(/\/producer\/products\?saved=/);
  await expect(page.getByRole("listitem").filter({ hasText: name }).getByText("Chờ duyệt")).toBeVisible();
});

test("staff review a product and plan a session, keyboard only", async ({ page }) => {
  const stamp = Date.now();
  const productName = `Cà phê Cầu Đất ${stamp}`;
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const producer = await db.producer.findFirstOrThrow({ where: { reviewStatus: "APPROVED" }, orderBy: { slug: "desc" } });
    await db.product.create({
      data: {
        producerId: producer.id,
        slug: `ca-phe-cau-dat-${stamp}`,
        name: productName,
        groupId: 2,
        priceVnd: 180_000,
        unit: "gói 500 g",
        reviewStatus: "SUBMITTED",
        submittedAt: new Date(),
        certificates: { create: { stars: 4, decisionNumber: "12/QĐ-UBND", issuingLevel: "PROVINCE", decisionDate: new Date("2025-08-01"), expiresOn: new Date("2028-08-01") } },
      },
    });
  } finally {
    await db.$disconnect();
  }
  await signInByKeyboard(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await press(page, page.getByRole("navigation", { name: "Công việc của Trung tâm" }).getByRole("link", { name: /Duyệt hồ sơ/ }));
  await press(page, page.getByRole("link", { name: productName }));
  await expect(page.getByRole("heading", { level: 1, name: productName })).toBeVisible();
  await press(page, page.getByRole("radio", { name: "Duyệt" }), "Space");
  await expect(page.getByRole("radio", { name: "Duyệt" })).toBeChecked();
  await press(page, page.getByRole("button", { name: "Ghi quyết định" }));
  await expect(page.getByRole("status")).toContainText("Quyết định gần nhất: Duyệt");

  const saturday = addDays(comingSaturday(), 21);
  await page.goto(`/admin/sessions?date=${saturday}`);
  await press(page, page.getByRole("link", { name: "Tạo phiên" }));
  await typeInto(page, page.getByLabel("Tên phiên"), `Phiên bàn phím ${stamp}`);
  await tabTo(page, page.getByLabel("Bắt đầu"));
  await page.keyboard.type("0615PM");
  await expect(page.getByLabel("Bắt đầu")).toHaveValue("18:15");
  await tabTo(page, page.getByLabel("Kết thúc"));
  await page.keyboard.type("0645PM");
  await expect(page.getByLabel("Kết thúc")).toHaveValue("18:45");
  for (const label of ["Người dẫn", "Kênh"]) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel(label)).not.toHaveValue("");
  }
  await press(page, page.getByRole("button", { name: "Lưu", exact: true }));
  await expect(page.getByRole("status")).toContainText("Đã tạo phiên nháp");
});

test("staff import a results file, keyboard only", async ({ page }) => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  let csv: string;
  try {
    const session = await db.liveSession.findFirstOrThrow({
      where: { status: "COMPLETED", lineup: { some: {} } },
      orderBy: { startsAt: "asc" },
      select: { id: true, lineup: { take: 1, orderBy: { position: "asc" }, select: { product: { select: { slug: true } } } } },
    });
    csv = `Mã phiên;Mã SKU;Số đơn;Số lượng bán;Doanh số\n${session.id};${session.lineup[0]!.product.slug};4;5;600.000\n`;
  } finally {
    await db.$disconnect();
  }
  await signInByKeyboard(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await press(page, page.getByRole("navigation", { name: "Công việc của Trung tâm" }).getByRole("link", { name: "Nhập kết quả" }));
  await pickFile(page, page.getByLabel("Tệp CSV", { exact: true }), { name: "ban-phim.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await press(page, page.getByRole("button", { name: "Đọc và kiểm tra" }));
  await expect(page.getByText(/ban-phim\.csv: 1 dòng, 1 phiên/)).toBeVisible();
  await press(page, page.getByRole("button", { name: "Xác nhận nhập" }));
  await expect(page.getByText(/Đã nhập 1 dòng/)).toBeVisible();
});
