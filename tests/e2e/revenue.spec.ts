import { readFile } from "node:fs/promises";
import { createPrismaClient } from "@/lib/db/client";
import { formatVnd } from "@/lib/format";
import { vnDateOf } from "@/lib/time";
import { ACCOUNTS, checkPage, expect, signIn, test, E2E_DATABASE_URL } from "./fixtures";

test("staff import a results file with a bad row, fix it, import it, and read and export the report", async ({ page }, testInfo) => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  let session: { id: string; startsAt: Date; lineup: { product: { slug: string } }[] };
  try {
    session = await db.liveSession.findFirstOrThrow({
      where: { status: "COMPLETED", lineup: { some: {} } },
      orderBy: { startsAt: "desc" },
      select: { id: true, startsAt: true, lineup: { take: 2, orderBy: { position: "asc" }, select: { product: { select: { slug: true } } } } },
    });
  } finally {
    await db.$disconnect();
  }
  const [first, second] = session.lineup.map((l) => l.product.slug);
  const csv = (gmv: string) => `\uFEFFMã phiên;Mã SKU;Số đơn;Số lượng bán;Doanh số;Lượt xem\n${session.id};${first};12;15;1.800.000;4.200\n${session.id};${second};3;3;${gmv};4.200\n`;

  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Công việc của Trung tâm" }).getByRole("link", { name: "Nhập kết quả" }).click();
  await page.getByLabel("Tệp CSV", { exact: true }).setInputFiles({ name: "ket-qua-phien.csv", mimeType: "text/csv", buffer: Buffer.from(csv("ba trăm nghìn")) });
  await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
  await expect(page.getByText("1 dòng có lỗi")).toBeVisible();
  await expect(page.getByText("Dòng 3: Không phải số nguyên không âm: gmv")).toBeVisible();
  await expect(page.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);

  await page.getByLabel("Tệp CSV", { exact: true }).setInputFiles({ name: "ket-qua-phien.csv", mimeType: "text/csv", buffer: Buffer.from(csv("300.000")) });
  await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
  await expect(page.getByText(/ket-qua-phien\.csv: 2 dòng, 1 phiên/)).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Xác nhận nhập" }).click();
  await expect(page.getByText(/Đã nhập 2 dòng/)).toBeVisible();
  // Confirmed: the button is gone (a second click would only import the same file again).
  await expect(page.getByRole("button", { name: "Xác nhận nhập" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("cell", { name: "ket-qua-phien.csv" })).toBeVisible();

  // The session's results page says where its figures came from.
  await page.goto(`/admin/sessions/${session.id}/results`);
  await expect(page.getByText("nhập từ tệp ket-qua-phien.csv")).toBeVisible();
  await expect(page.getByLabel(/^Doanh số \(đồng\) — /).first()).toHaveValue("1.800.000");

  const day = vnDateOf(session.startsAt);
  const check = createPrismaClient(E2E_DATABASE_URL);
  let dayTotal: bigint;
  try {
    const [row] = await check.$queryRaw<{ total: bigint }[]>`
      SELECT coalesce(sum(r.gmv_vnd), 0)::bigint AS total FROM product_results r JOIN live_sessions s ON s.id = r.session_id
      WHERE s.status <> 'CANCELLED' AND (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = ${day}::date`;
    dayTotal = row!.total;
  } finally {
    await check.$disconnect();
  }
  await page.goto(`/admin/reports?from=${day}&to=${day}&period=week`);
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo doanh số" })).toBeVisible();
  const overTime = page.getByRole("region", { name: /Theo thời gian/ });
  await expect(overTime.getByRole("row").nth(1)).toContainText(formatVnd(dayTotal, "vi"));
  await checkPage(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Tải CSV — Theo tỉnh, thành/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`bao-cao-province-${day}-${day}.csv`);
  const path = testInfo.outputPath("province.csv");
  await file.saveAs(path);
  const text = await readFile(path, "utf8");
  // The filters in words first (the period at least), then the table.
  const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe(`Báo cáo doanh số,"Theo tỉnh, thành"`);
  expect(lines).toContain("Kênh,Tất cả");
  const header = lines.indexOf("Tên,gmv_vnd,cancelled_vnd,refunded_vnd,damage_refunded_vnd,orders,units,sessions");
  expect(header).toBeGreaterThan(0);
  // Counted from the end: a province's name may hold a comma.
  const sum = lines.slice(header + 1).reduce((acc, line) => acc + BigInt(line.split(",").at(-7)!), 0n);
  expect(sum).toBe(dayTotal);
});

test("a large file (over the proxy's default 10 MB buffer) arrives whole, and the page shows progress while it is read", async ({ page }) => {
  // 200,000 rows naming a session that does not exist: about 11 MB, each row a problem.
  const rows = Array.from({ length: 200_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")};san-pham-${i % 500};1;1;1.000`);
  const buffer = Buffer.from(`Mã phiên;Mã SKU;Số đơn;Số lượng bán;Doanh số\n${rows.join("\n")}\n`);
  expect(buffer.byteLength).toBeGreaterThan(10 * 1024 * 1024);
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/revenue/import");
  await page.getByLabel("Tệp CSV", { exact: true }).setInputFiles({ name: "lon.csv", mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Đọc và kiểm tra" }).click();
  await expect(page.getByRole("progressbar", { name: "Tiến độ nhập" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Đang (tải tệp lên|đọc tệp|kiểm tra)/ })).toBeVisible();
  await expect(page.getByText("200.000 dòng có lỗi")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Dòng 2: ", { exact: false }).first()).toBeVisible();
});

test("a report filtered to one province says so on paper", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff);
  await page.waitForURL(/\/admin/);
  await page.goto("/admin/reports");
  await page.locator("form select[name=province]").selectOption({ label: "Đà Nẵng" });
  await page.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(/province=\d+/);
  await page.getByRole("link", { name: "Bản in" }).click();
  await expect(page).toHaveURL(/\/admin\/reports\/print\?.*province=\d+/);
  const stated = page.locator('dl[aria-label="Bộ lọc"]');
  await expect(stated.locator("div", { hasText: "Tỉnh, thành" })).toContainText("Đà Nẵng");
  await expect(stated.locator("div", { hasText: "Nhóm sản phẩm" })).toContainText("Tất cả");
});

test("the results form groups a sum as it is typed and totals the lines, so a slip of a zero shows", async ({ page }) => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  let sessionId: string;
  try {
    sessionId = (await db.liveSession.findFirstOrThrow({ where: { status: "COMPLETED", lineup: { some: {} } }, orderBy: { startsAt: "desc" }, select: { id: true } })).id;
  } finally {
    await db.$disconnect();
  }
  await signIn(page, ACCOUNTS.staff);
  await page.waitForURL(/\/admin/);
  await page.goto(`/admin/sessions/${sessionId}/results`);
  const gmv = page.getByRole("textbox", { name: /^Doanh số/ });
  const total = page.getByTestId("gmv-total");
  const before = (await total.textContent())!;
  const first = gmv.first();
  const old = BigInt((await first.inputValue()).replace(/\D/g, "") || "0");
  await first.fill("");
  await first.pressSequentially("15000000");
  await expect(first).toHaveValue("15.000.000");
  const expected = BigInt(before.replace(/\D/g, "")) - old + 15_000_000n;
  await expect(total).toHaveText(formatVnd(expected, "vi"));
  await expect(page.getByRole("cell", { name: /tr ₫|tỷ ₫/ }).last()).toBeVisible();
});
