import sharp from "sharp";
import { withTaxCheckDigit } from "@/lib/producers/schema";
import { vnDateOf } from "@/lib/time";
import { ACCOUNTS, expect, signIn, test, withE2eDb } from "./fixtures";

/**
 * A new producer's path through the programme, as the producer (on a phone) and the centre's staff
 * (at a desk) each see it: register, get the shop approved, sign up for the livestream workshop
 * and attend it, get a fragile product approved and its packaging checked, and be planned for a
 * first session — with the planner warning while a step is missing.
 */
test("a new producer registers, trains, gets a fragile product and its packaging approved, and is planned for a first session", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const email = `thanh-long-${stamp}@example.test`;
  const shopName = `HTX Thanh long Hàm Thuận ${stamp}`;
  const productName = `Thanh long ruột đỏ ${stamp}`;
  const workshopTitle = `Bán hàng livestream – lớp ${stamp}`;
  const producerContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const staffContext = await browser.newContext();
  const producer = await producerContext.newPage();
  const staff = await staffContext.newPage();

  // Register, with a TikTok Shop account.
  await producer.goto("/register");
  await producer.getByLabel("Email").fill(email);
  await producer.getByLabel("Mật khẩu").fill("thanh-long-ham-thuan-2026");
  await producer.getByLabel("Họ và tên người liên hệ").fill("Trần Văn Long");
  await producer.getByLabel("Số điện thoại").fill("0912 345 679");
  await producer.getByLabel("Tên cửa hàng / chủ thể").fill(shopName);
  await producer.getByLabel("Loại hình").selectOption("COOPERATIVE");
  let taxCode: string | null = null;
  for (let n = stamp; !taxCode; n++) taxCode = withTaxCheckDigit(`03${String(n).slice(-7)}`);
  await producer.getByLabel("Mã số thuế").fill(taxCode);
  await producer.getByLabel("Tỉnh/thành").fill("Lâm Đồng");
  await producer.getByLabel("Địa chỉ").fill("Thôn 2, xã Hàm Thuận");
  await producer.getByLabel(/TikTok Shop/).fill("htxthanhlong");
  await producer.getByRole("button", { name: "Đăng ký" }).click();
  await expect(producer.getByRole("heading", { name: "Đã gửi hồ sơ đăng ký" })).toBeVisible();
  await signIn(producer, email, "thanh-long-ham-thuan-2026");
  await expect(producer).toHaveURL(/\/producer$/);
  const readiness = producer.getByRole("region", { name: "Sẵn sàng cho phiên livestream đầu tiên" });
  await expect(readiness).toContainText("Còn 3 bước trước phiên đầu tiên.");
  await expect(readiness.getByRole("link", { name: "Dự lớp “Bán hàng livestream”" })).toBeVisible();

  // Staff approve the shop and open a livestream workshop for tomorrow.
  const shopId = await withE2eDb(async (db) => (await db.producer.findFirstOrThrow({ where: { name: shopName }, select: { id: true } })).id);
  await signIn(staff, ACCOUNTS.staff);
  await expect(staff).toHaveURL(/\/admin$/);
  await expect(staff.getByRole("region", { name: "Chương trình chủ thể" })).toBeVisible();
  await staff.goto(`/admin/reviews/shops/${shopId}`);
  await expect(staff.getByRole("region", { name: "Sẵn sàng cho phiên livestream đầu tiên" })).toContainText("Hồ sơ cửa hàng được duyệt");
  await staff.getByRole("radio", { name: "Duyệt" }).check();
  await staff.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(staff.getByRole("status")).toContainText("Quyết định gần nhất: Duyệt");

  await staff.getByRole("navigation", { name: "Công việc của Trung tâm" }).getByRole("link", { name: "Tập huấn" }).click();
  const form = staff.getByRole("form", { name: "Mở lớp mới" });
  await form.getByLabel("Tên lớp").fill(workshopTitle);
  await form.getByLabel("Ngày").fill(vnDateOf(new Date(Date.now() + 2 * 86_400_000)));
  await form.getByLabel("Số chỗ").fill("0");
  await form.getByRole("button", { name: "Mở lớp" }).click();
  await expect(form.getByText("Số chỗ từ 1 đến 1.000.")).toBeVisible();
  await expect(form.getByLabel("Tên lớp")).toHaveValue(workshopTitle);
  await form.getByLabel("Số chỗ").fill("30");
  await form.getByLabel("Địa điểm (nếu học trực tiếp)").fill("489 Hoàng Quốc Việt, Hà Nội");
  await form.getByRole("button", { name: "Mở lớp" }).click();
  await expect(form.getByRole("status")).toContainText(`Đã mở lớp “${workshopTitle}”.`);

  // The producer signs up on their phone.
  await producer.getByRole("navigation", { name: "Khu vực chủ thể" }).getByRole("link", { name: "Tập huấn" }).click();
  const card = producer.getByRole("listitem").filter({ hasText: workshopTitle });
  await card.getByRole("button", { name: /Đăng ký/ }).click();
  await expect(card.getByText("Đã đăng ký").first()).toBeVisible();
  await expect(card.getByRole("button", { name: /Huỷ đăng ký/ })).toBeVisible();

  // A fragile product, submitted with its certificate, approved by staff.
  await producer.goto("/producer/products/new");
  await producer.getByLabel("Tên sản phẩm").fill(productName);
  await producer.getByLabel("Nhóm OCOP").selectOption("1");
  await producer.getByLabel("Giá bán (đồng)").fill("250.000");
  await producer.getByLabel("Quy cách / đơn vị bán").fill("thùng 5 kg");
  await producer.getByLabel("Hàng dễ vỡ / dễ hỏng khi vận chuyển").check();
  await producer.getByLabel("Cách đóng gói").fill("Mỗi quả bọc lưới xốp, thùng carton 5 lớp có lỗ thoáng.");
  await producer.getByLabel("Hạng sao").selectOption("4");
  await producer.getByLabel("Cấp công nhận").selectOption("PROVINCE");
  await producer.getByLabel("Số quyết định").fill("2025/QĐ-UBND");
  await producer.getByLabel("Ngày quyết định").fill("2025-09-15");
  const photo = await sharp({ create: { width: 900, height: 900, channels: 3, background: "#c2185b" } }).jpeg().toBuffer();
  await producer.getByLabel(/Ảnh sản phẩm/).setInputFiles({ name: "thanh-long.jpg", mimeType: "image/jpeg", buffer: photo });
  await producer.getByLabel(/Bản chụp giấy chứng nhận/).setInputFiles({ name: "chung-nhan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%demo\n") });
  await producer.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  await expect(producer).toHaveURL(/\/producer\/products\?saved=/);
  const productId = await withE2eDb(async (db) => (await db.product.findFirstOrThrow({ where: { name: productName }, select: { id: true } })).id);
  await staff.goto(`/admin/reviews/products/${productId}`);
  await staff.getByRole("radio", { name: "Duyệt" }).check();
  await staff.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(staff.getByRole("status")).toContainText("Quyết định gần nhất: Duyệt");

  // The planner: a draft session on a coming Saturday; the product can't join before its packaging is checked.
  const sessionId = await withE2eDb(async (db) => (await db.liveSession.findFirstOrThrow({ where: { status: "DRAFT", startsAt: { gt: new Date() } }, orderBy: { startsAt: "desc" }, select: { id: true } })).id);
  await staff.goto(`/admin/sessions/${sessionId}?q=${encodeURIComponent(productName)}`);
  const candidate = staff.getByRole("listitem").filter({ hasText: productName });
  await expect(candidate.getByText("Hàng dễ vỡ: chưa kiểm tra đóng gói đạt")).toBeVisible();
  await expect(candidate.getByRole("button", { name: /Thêm/ })).toHaveCount(0);

  // The producer sends the packaging check: the checklist is enforced, what was ticked is kept.
  await producer.goto("/producer/products");
  await producer.getByRole("listitem").filter({ hasText: productName }).getByRole("link", { name: /Đóng gói: Chưa kiểm tra/ }).click();
  await expect(producer.getByRole("heading", { level: 1 })).toContainText(productName);
  await producer.getByLabel(/Có lớp đệm bên trong/).check();
  await producer.getByLabel(/Thùng carton đủ cứng/).check();
  await producer.getByLabel("Ảnh kiện hàng đã đóng gói").setInputFiles({ name: "kien-hang.jpg", mimeType: "image/jpeg", buffer: photo });
  await producer.getByRole("button", { name: "Gửi kiểm tra" }).click();
  await expect(producer.getByText("Cần bảo đảm cả ba điều: lớp đệm, thùng cứng và nhãn dễ vỡ.").first()).toBeVisible();
  await expect(producer.getByLabel(/Có lớp đệm bên trong/)).toBeChecked();
  await producer.getByLabel(/Dán nhãn/).check();
  await producer.getByLabel("Ảnh kiện hàng đã đóng gói").setInputFiles({ name: "kien-hang.jpg", mimeType: "image/jpeg", buffer: photo });
  await producer.getByRole("button", { name: "Gửi kiểm tra" }).click();
  await expect(producer.getByText("Đang chờ Trung tâm kiểm tra lần gửi gần nhất.")).toBeVisible();

  // Staff approve it from the queue.
  await staff.goto("/admin/packaging");
  const check = staff.getByRole("listitem").filter({ hasText: productName });
  await expect(check.getByRole("img", { name: `Ảnh đóng gói ${productName}` })).toBeVisible();
  await check.getByRole("radio", { name: "Đạt" }).check();
  await check.getByRole("button", { name: "Lưu kết quả" }).click();
  // Decided, it leaves the queue.
  await expect(check).toHaveCount(0);

  // Planned before the workshop happened: the planner warns, naming what is missing.
  await staff.goto(`/admin/sessions/${sessionId}?q=${encodeURIComponent(productName)}`);
  await staff.getByRole("listitem").filter({ hasText: productName }).getByRole("button", { name: /Thêm/ }).click();
  const warning = staff.getByRole("note");
  await expect(warning).toContainText("Phiên đầu tiên của chủ thể chưa sẵn sàng");
  await expect(warning).toContainText(shopName);
  await expect(warning).toContainText("Dự lớp “Bán hàng livestream”");

  // The workshop takes place; staff record attendance, and the warning is gone.
  const workshopId = await withE2eDb(async (db) => {
    const w = await db.workshop.findFirstOrThrow({ where: { title: workshopTitle }, select: { id: true } });
    await db.workshop.update({ where: { id: w.id }, data: { startsAt: new Date(Date.now() - 3 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) } });
    return w.id;
  });
  await staff.goto(`/admin/training/${workshopId}`);
  await staff.getByRole("listitem").filter({ hasText: shopName }).getByRole("button", { name: /Có mặt/ }).click();
  await expect(staff.getByRole("listitem").filter({ hasText: shopName }).getByText("Đã dự")).toBeVisible();
  await staff.goto(`/admin/sessions/${sessionId}`);
  await expect(staff.getByRole("heading", { name: /Sản phẩm lên phiên/ })).toBeVisible();
  await expect(staff.getByRole("note")).toHaveCount(0);

  // The producer sees the workshop on their record and the readiness done.
  await producer.goto("/producer/training");
  await expect(producer.getByRole("region", { name: "Lớp bạn đã tham gia" }).getByText(workshopTitle)).toBeVisible();
  await producer.goto("/producer");
  await expect(producer.getByRole("region", { name: "Sẵn sàng cho phiên livestream đầu tiên" })).toContainText("Đã sẵn sàng");
  await producerContext.close();
  await staffContext.close();
});

test("the public meets the Hạt giống OCOP cohort, staff add a shop to it, a producer publishes their growth and reads their health review", async ({ browser }) => {
  test.setTimeout(180_000);
  const visitorContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/hat-giong-ocop");
  await expect(visitor.getByRole("heading", { level: 1, name: "Hạt giống OCOP" })).toBeVisible();
  const stories = visitor.getByRole("main").getByRole("listitem").filter({ has: visitor.getByRole("heading", { level: 2 }) });
  await expect(stories).toHaveCount(8);
  // A producer who published: a chart and the same figures in a table; one who did not: no figures.
  await expect(visitor.getByRole("table").first()).toContainText("₫");
  // The chart's month labels are text of the page's size, not shrunk with the drawing.
  const monthLabel = visitor.getByRole("main").locator("figure").first().locator("div[aria-hidden] span").first();
  await expect(monthLabel).toHaveText(/^\d{2}\/\d{2}$/);
  expect(await monthLabel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
  await expect(visitor.getByText("Chủ thể chưa công khai doanh số.").first()).toBeVisible();
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // The English page has its own address.
  await visitor.goto("/en/hat-giong-ocop");
  await expect(visitor).toHaveURL(/\/en\/ocop-seeds$/);
  await expect(visitor.getByRole("heading", { level: 1, name: "OCOP Seeds" })).toBeVisible();

  // A producer of the cohort carries the badge; the schedule can show only their sessions.
  await visitor.goto("/hat-giong-ocop");
  await stories.first().getByRole("heading", { level: 2 }).getByRole("link").click();
  await expect(visitor.getByRole("main").getByRole("link", { name: "Hạt giống OCOP", exact: true })).toBeVisible();
  await visitor.goto("/schedule");
  const cards = visitor.getByRole("article");
  const all = await cards.count();
  await visitor.getByLabel(/Chỉ phiên có Hạt giống OCOP/).check();
  await visitor.getByRole("button", { name: "Lọc" }).click();
  await expect(visitor).toHaveURL(/seeds=1/);
  await expect.poll(async () => cards.count()).toBeLessThan(all);
  expect(await visitor.locator("li[data-seed='1'] > article").count()).toBe(await cards.count());

  // Agri-tourism: the schedule keeps the sessions promoting a destination; a session lists its destinations.
  await visitor.goto("/schedule?tourism=1");
  await expect.poll(async () => cards.count()).toBeLessThan(all);
  expect(await visitor.locator("li[data-tourism='1'] > article").count()).toBe(await cards.count());
  const destination = await withE2eDb((db) =>
    db.sessionProduct.findFirstOrThrow({
      where: { product: { groupId: 6, reviewStatus: "APPROVED", producer: { reviewStatus: "APPROVED" } }, session: { status: "SCHEDULED" } },
      select: { sessionId: true, product: { select: { name: true, producer: { select: { province: { select: { name: true } } } } } } },
    }),
  );
  await visitor.goto(`/sessions/${destination.sessionId}`);
  const places = visitor.getByRole("region", { name: "Điểm du lịch được giới thiệu" });
  await expect(places.getByRole("link", { name: destination.product.name, exact: true })).toBeVisible();
  await expect(places.getByRole("link", { name: destination.product.producer.province.name, exact: true }).first()).toBeVisible();

  // Staff add a shop with a reason; the public page has it at once (tag revalidation).
  const shop = await withE2eDb((db) =>
    db.producer.findFirstOrThrow({ where: { reviewStatus: "APPROVED", cohort: { none: {} }, products: { some: { reviewStatus: "APPROVED" } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  );
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, ACCOUNTS.staff);
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto(`/admin/reviews/shops/${shop.id}`);
  const cohort = staff.getByRole("region", { name: "Hạt giống OCOP" });
  await cohort.getByLabel("Lý do").fill("ok");
  await cohort.getByRole("button", { name: "Thêm vào nhóm" }).click();
  await expect(cohort.getByText("Ghi lý do (ít nhất 5 ký tự).")).toBeVisible();
  await cohort.getByLabel("Lý do").fill("Ba tháng liền doanh số tăng, không khiếu nại");
  await cohort.getByRole("button", { name: "Thêm vào nhóm" }).click();
  await expect(cohort.getByText(/Đang trong nhóm từ/)).toBeVisible();
  await visitor.goto("/hat-giong-ocop");
  await expect(visitor.getByRole("heading", { level: 2, name: shop.name })).toBeVisible();

  // A damage complaint on a product's review page goes into its history.
  const product = await withE2eDb((db) => db.product.findFirstOrThrow({ where: { producerId: shop.id, reviewStatus: "APPROVED" }, select: { id: true } }));
  await staff.goto(`/admin/reviews/products/${product.id}`);
  const complaints = staff.getByRole("region", { name: /Khiếu nại hàng hư hỏng/ });
  await complaints.getByText("Ghi khiếu nại").first().click();
  await complaints.getByLabel("Nguồn").selectOption("HOST");
  await complaints.getByLabel(/Mô tả/).fill("Thùng mẫu đến studio bị móp một góc");
  await complaints.getByRole("button", { name: "Ghi khiếu nại" }).click();
  await expect(complaints.getByText("Thùng mẫu đến studio bị móp một góc").first()).toBeVisible();
  await expect(complaints.getByText("Người dẫn").first()).toBeVisible();

  // The demo producer reads the centre's health review and says so; publishing is their choice.
  const producerContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const producer = await producerContext.newPage();
  await signIn(producer, ACCOUNTS.producer);
  await expect(producer).toHaveURL(/\/producer$/);
  const health = producer.getByRole("region", { name: "Đánh giá sức khoẻ cửa hàng gần nhất" });
  await expect(health).toContainText("Giao hàng đúng hẹn");
  await health.getByRole("button", { name: "Tôi đã đọc" }).click();
  await expect(health.getByText(/Bạn đã đọc lúc/)).toBeVisible();
  await producer.goto("/producer/shop");
  const consent = producer.getByRole("checkbox", { name: "Công khai doanh số trên trang Hạt giống OCOP" });
  await expect(consent).toBeChecked();
  await consent.uncheck();
  await producer.getByRole("button", { name: "Lưu lựa chọn" }).click();
  await expect(producer.getByText("Đã lưu.").first()).toBeVisible();
  await expect(consent).not.toBeChecked();
  const own = await withE2eDb((db) => db.producer.findFirstOrThrow({ where: { members: { some: { user: { email: ACCOUNTS.producer } } } }, select: { publishGrowth: true, name: true } }));
  expect(own.publishGrowth).toBe(false);
  await visitor.goto("/hat-giong-ocop");
  await expect(visitor.getByRole("listitem").filter({ has: visitor.getByRole("heading", { level: 2, name: own.name }) }).getByText("Chủ thể chưa công khai doanh số.")).toBeVisible();
  await Promise.all([visitorContext.close(), staffContext.close(), producerContext.close()]);
});
