import { createPrismaClient } from "@/lib/db/client";
import { addDays, comingSaturday, isoWeekOf } from "@/lib/time";
import { ACCOUNTS, comingSessionId, expect, signIn, test, withE2eDb, E2E_DATABASE_URL } from "./fixtures";

test("staff approve a waiting product, plan a session with it for next Saturday, publish it, and the public schedule shows it", async ({ page }) => {
  const stamp = Date.now();
  const productName = `Miến dong Bình Liêu ${stamp}`;
  const title = `Phiên thử nghiệm ${stamp}`;
  const saturday = addDays(comingSaturday(), 7);
  // A producer's submission, as the producer screens leave it.
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const producer = await db.producer.findFirstOrThrow({ where: { reviewStatus: "APPROVED" }, orderBy: { slug: "asc" } });
    await db.product.create({
      data: {
        producerId: producer.id,
        slug: `mien-dong-binh-lieu-${stamp}`,
        name: productName,
        groupId: 1,
        priceVnd: 85_000,
        unit: "gói 500 g",
        reviewStatus: "SUBMITTED",
        submittedAt: new Date(),
        certificates: { create: { stars: 4, decisionNumber: "88/QĐ-UBND", issuingLevel: "PROVINCE", decisionDate: new Date("2025-10-01"), expiresOn: new Date("2028-10-01") } },
      },
    });
  } finally {
    await db.$disconnect();
  }

  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("navigation", { name: "Công việc của Trung tâm" }).getByRole("link", { name: /Duyệt hồ sơ/ }).click();
  await page.getByRole("link", { name: productName }).click();
  await expect(page.getByRole("heading", { level: 1, name: productName })).toBeVisible();
  // Nothing is chosen for the reviewer; sending no decision says so.
  for (const name of ["Duyệt", "Yêu cầu chỉnh sửa", "Từ chối"]) await expect(page.getByRole("radio", { name })).not.toBeChecked();
  await page.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page.getByText("Vui lòng chọn quyết định.")).toBeVisible();
  // Rejecting without a reason is refused, says why, and keeps "Từ chối" chosen.
  await page.getByRole("radio", { name: "Từ chối" }).check();
  await page.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page.getByText("Vui lòng ghi lý do")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Từ chối" })).toBeChecked();
  await page.getByRole("radio", { name: "Duyệt" }).check();
  await page.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page.getByRole("status")).toContainText("Quyết định gần nhất: Duyệt");

  await page.goto(`/admin/sessions?date=${saturday}`);
  await page.getByRole("link", { name: "Tạo phiên" }).click();
  await page.getByLabel("Tên phiên").fill(title);
  await expect(page.getByLabel("Ngày")).toHaveValue(saturday);
  await page.getByLabel("Bắt đầu").fill("13:00");
  await page.getByLabel("Kết thúc").fill("14:00");
  await page.getByLabel("Người dẫn").selectOption({ index: 1 });
  await page.getByLabel("Kênh").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo phiên nháp");
  const sessionUrl = page.url().split("?")[0]!;

  await page.getByLabel(/Tìm sản phẩm đã duyệt/).fill("mien dong binh lieu");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await page.getByRole("button", { name: `Thêm ${productName}` }).click();
  await expect(page.getByRole("heading", { name: "Sản phẩm lên phiên (1/100)" })).toBeVisible();
  // Publishing without a live link is allowed, with a warning first.
  await expect(page.getByText(/Phiên chưa có đường dẫn phát trực tiếp: nếu công bố bây giờ/)).toBeVisible();
  await page.getByRole("button", { name: "Công bố" }).click();
  await expect(page.getByRole("button", { name: "Chuyển về nháp" })).toBeVisible();

  // The same host at an overlapping time is refused, naming the session it clashes with.
  await page.goto(`/admin/sessions/new?date=${saturday}`);
  await page.getByLabel("Tên phiên").fill(`${title} (trùng)`);
  await page.getByLabel("Bắt đầu").fill("13:30");
  await page.getByLabel("Kết thúc").fill("14:30");
  await page.getByLabel("Người dẫn").selectOption({ index: 1 });
  await page.getByLabel("Kênh").selectOption({ index: 2 });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText(`Người dẫn này đã có phiên “${title}” (13:00–14:00) trùng giờ.`)).toBeVisible();
  await expect(page.getByLabel("Tên phiên")).toHaveValue(`${title} (trùng)`);

  // Published: on the public schedule at once (revalidated by tag), with the product.
  await page.goto(`/schedule?week=${isoWeekOf(saturday)}`);
  const card = page.getByRole("article").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText(productName);
  expect(sessionUrl).toMatch(/\/admin\/sessions\/[0-9a-f-]{36}$/);
});

test("cancelling a session asks first, and 'keep it' leaves it as it was", async ({ page }) => {
  const sessionId = await comingSessionId("last");
  await signIn(page, ACCOUNTS.staff);
  await page.waitForURL(/\/admin/);
  await page.goto(`/admin/sessions/${sessionId}`);
  await page.getByRole("button", { name: "Huỷ phiên" }).click();
  const question = page.getByRole("group", { name: /Huỷ phiên này\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Xác nhận huỷ phiên" })).toBeFocused();
  await question.getByRole("button", { name: "Không huỷ" }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole("button", { name: "Huỷ phiên" })).toBeFocused();
  expect(await withE2eDb(async (db) => (await db.liveSession.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true } })).status)).toBe("SCHEDULED");
});
