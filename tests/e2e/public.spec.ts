import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { checkPage, expect, test } from "./fixtures";

test.use({ viewport: { width: 375, height: 800 } });

/** Filters the schedule by a province's name from before the 2025 merger: its new unit's sessions only, said so. Returns how many. */
async function filterByOldProvince(page: Page): Promise<number> {
  await page.getByLabel("Tỉnh/thành (cả tên cũ)").fill("Bắc Giang");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/province=B%E1%BA%AFc\+Giang/);
  await expect(page.getByText("“Bắc Giang” nay thuộc Bắc Ninh")).toBeVisible();
  const cards = page.getByRole("article");
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(cards.nth(i)).toContainText("Bắc Ninh");
  return count;
}

test("a visitor on a phone finds a session by an old province name, opens it and takes it to their calendar", async ({ page }) => {
  await page.goto("/");
  await checkPage(page);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Lịch phát" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lịch livestream" })).toBeVisible();
  await checkPage(page);

  const count = await filterByOldProvince(page);

  await page.getByLabel("Số sao tối thiểu").selectOption("5");
  await page.getByRole("button", { name: "Lọc" }).click();
  // The address holds what was chosen, nothing left empty (a link to share).
  await expect(page).toHaveURL(/\/schedule\?week=\d{4}-W\d{2}&province=B%E1%BA%AFc\+Giang&stars=5$/);
  await expect(page.getByLabel("Tỉnh/thành (cả tên cũ)")).toHaveValue("Bắc Giang");
  const filtered = await page.getByRole("article").count();
  expect(filtered).toBeLessThanOrEqual(count);
  if (filtered === 0) await expect(page.getByText("Không có phiên nào khớp bộ lọc")).toBeVisible();

  await page.getByRole("link", { name: "Bỏ lọc" }).click();
  const first = page.getByRole("article").first();
  // One link over the title and its line: its name carries the time and the host.
  const link = first.getByRole("link").first();
  const time = /\d{2}:\d{2}/.exec((await link.textContent())!)![0];
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(time).first()).toBeVisible();
  await checkPage(page);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd["@type"]).toBe("Event");
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();

  const href = (await page.getByRole("link", { name: "Tải tệp lịch (.ics)" }).getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent("vevent")!);
  const start = event.startDate.toJSDate();
  const vnTime = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(start);
  expect(vnTime).toBe(time);
  expect(event.uid).toMatch(/@chophien-ocop$/);

  await page.getByRole("link", { name: /Ngôn ngữ: English/ }).click();
  await expect(page).toHaveURL(/\/en\/sessions\//);
  await expect(page.getByRole("heading", { name: "Add to calendar" })).toBeVisible();
});

test("producer, product, province and search pages are public, accessible and in Vietnam time", async ({ page }) => {
  await page.goto("/search?q=ca+phe");
  await expect(page.getByRole("heading", { name: "Sản phẩm" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Cà phê rang xay Buôn Ma Thuột/ }).first()).toBeVisible();
  await checkPage(page);

  await page.getByRole("link", { name: /Cà phê rang xay Buôn Ma Thuột/ }).first().click();
  await expect(page.getByRole("heading", { name: "Chứng nhận OCOP" })).toBeVisible();
  await expect(page.getByText("Số quyết định")).toBeVisible();
  await checkPage(page);

  await page.getByRole("link", { name: /HTX Cà phê|Công ty TNHH Cà phê|Hộ kinh doanh/ }).first().click();
  await expect(page.getByRole("heading", { name: "Sản phẩm OCOP" })).toBeVisible();
  await checkPage(page);

  await page.goto("/provinces/thai-nguyen");
  await expect(page.getByText(/Bao gồm các tỉnh cũ/)).toContainText("Bắc Kạn");
  await checkPage(page);
  // All of the province's products, in the catalogue filtered by it.
  await page.getByRole("link", { name: "Tất cả sản phẩm của Thái Nguyên, lọc theo nhóm và số sao" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sản phẩm OCOP" })).toBeVisible();
  await expect(page.getByLabel("Tỉnh/thành (cả tên cũ)")).toHaveValue("Thái Nguyên");
  await expect(page.getByRole("article").first()).toContainText("Thái Nguyên");

  await page.goto("/search?q=dak+lak");
  await expect(page.getByRole("link", { name: "Đắk Lắk", exact: true })).toBeVisible();

  // A former province's name: the province it is part of now, and its products by name and place.
  await page.getByRole("searchbox").fill("chè bắc kạn");
  await page.getByRole("searchbox").press("Enter");
  await expect(page.getByRole("link", { name: "Chè Tân Cương", exact: true })).toBeVisible();
  // Sessions are found by the products they sell, and say which.
  await page.goto("/search?q=mat+ong");
  await expect(page.getByRole("region", { name: "Phiên livestream" }).getByRole("listitem").first()).toContainText(/· có Mật ong/);
  // A misspelling: close names, and the page says they are close.
  await page.goto("/search?q=mat+onh");
  await expect(page.getByText("Không có sản phẩm hay chủ thể nào đúng “mat onh”; dưới đây là các tên gần giống.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Mật ong/ }).first()).toBeVisible();
  await page.goto("/search?q=bac+kan");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Thái Nguyên", exact: true }) })).toContainText("(gồm Bắc Kạn cũ)");
});

test("a visitor on a phone browses the products page by page, by an old province name and stars, and opens one", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Sản phẩm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sản phẩm OCOP" })).toBeVisible();
  await checkPage(page);
  const count = async () => Number((await page.getByText(/^\d+ sản phẩm$/).textContent())!.split(" ")[0]);
  const all = await count();
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(24);
  // 5★ first: the first card has five stars.
  await expect(cards.first().getByRole("img", { name: "5 sao" })).toBeVisible();
  const pager = page.getByRole("navigation", { name: "Các trang sản phẩm" });
  await expect(pager).toContainText(`Trang 1/${Math.ceil(all / 24)}`);
  const firstName = await cards.first().getByRole("heading").textContent();
  await pager.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/\/products\?page=2$/);
  await expect(pager).toContainText("Trang 2/");
  await expect(cards.first().getByRole("heading")).not.toHaveText(firstName!);

  // A filter starts again from the first page; an old province name is understood, and said so.
  await page.getByLabel("Tỉnh/thành (cả tên cũ)").fill("Bắc Kạn");
  await page.getByLabel("Số sao tối thiểu").selectOption("4");
  await page.getByRole("button", { name: "Lọc" }).click();
  // Only what was chosen goes into the address (a link to share): no empty group, no default order.
  await expect(page).toHaveURL(/\/products\?province=B%E1%BA%AFc\+K%E1%BA%A1n&stars=4$/);
  await expect(page.getByText("“Bắc Kạn” nay thuộc Thái Nguyên (sáp nhập từ 1/7/2025): hiển thị sản phẩm của Thái Nguyên.")).toBeVisible();
  const some = await count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  await expect(cards).toHaveCount(Math.min(some, 24));
  for (const card of await cards.all()) {
    await expect(card).toContainText("Thái Nguyên");
    await expect(card.getByRole("img", { name: /^[45] sao$/ })).toBeVisible();
  }
  await checkPage(page);
  await cards.first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Chứng nhận OCOP" })).toBeVisible();
  // Its group leads back to the catalogue: that group's products.
  const group = page.getByRole("definition").getByRole("link", { name: /^(Thực phẩm|Đồ uống|Thảo dược|Thủ công mỹ nghệ|Sinh vật cảnh|Du lịch cộng đồng)$/ });
  const groupName = await group.textContent();
  await group.click();
  await expect(page).toHaveURL(/\/products\?group=[1-6]$/);
  await expect(page.getByLabel("Nhóm sản phẩm")).toHaveValue(/^[1-6]$/);
  await expect(page.getByLabel("Nhóm sản phẩm").locator("option:checked")).toHaveText(groupName!.trim());

  // Cheapest first: the prices on the page go up.
  await page.goto("/products");
  await page.getByLabel("Sắp xếp").selectOption({ label: "Giá thấp trước" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/\/products\?sort=price-asc$/);
  const prices = (await cards.locator("p.font-semibold").allTextContents()).map((text) => Number(text.split("₫")[0]!.replace(/\D/g, "")));
  expect(prices).toHaveLength(24);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  expect(prices[0]).toBeLessThan(prices[23]!);

  // An old name typed without its accents is named as it is written.
  await page.goto("/products?province=bac+giang");
  await expect(page.getByText("“Bắc Giang” nay thuộc Bắc Ninh (sáp nhập từ 1/7/2025)")).toBeVisible();

  // A province no one has heard of: said, and nothing listed.
  await page.goto("/products?province=Atlantis");
  await expect(page.getByRole("alert")).toContainText("Không tìm thấy tỉnh/thành “Atlantis”");
  await expect(cards).toHaveCount(0);
});

test("the calendar feed, the sitemap and robots.txt are served", async ({ page }) => {
  const feed = await page.request.get("/calendar.ics");
  expect(feed.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(30);

  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/provinces/hue");
  expect(sitemap).toContain("/sessions/");
  const robots = await (await page.request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("sitemap.xml");
});

test("a former province's page and feed lead to its new unit, and the schedule pages only the programme's weeks", async ({ request }) => {
  for (const [from, to] of [
    ["/provinces/binh-duong", "/provinces/ho-chi-minh"],
    ["/en/provinces/ha-giang", "/en/provinces/tuyen-quang"],
    ["/provinces/binh-duong/calendar.ics", "/provinces/ho-chi-minh/calendar.ics"],
  ]) {
    const moved = await request.get(from!, { maxRedirects: 0 });
    expect(moved.status(), from).toBe(308);
    expect(new URL(moved.headers()["location"]!, "http://x").pathname, from).toBe(to);
    expect((await request.get(from!)).status(), `${from} followed`).toBe(200);
  }
  expect((await request.get("/provinces/atlantis")).status()).toBe(404);

  // Weeks long before the first session, or more than a year ahead, are not pages.
  const year = new Date().getUTCFullYear();
  for (const week of ["1990-W01", `${year + 2}-W10`]) expect((await request.get(`/schedule?week=${week}`)).status(), week).toBe(404);
  const thisWeek = await (await request.get("/schedule")).text();
  expect(thisWeek).toContain('rel="prev"');
  expect(thisWeek).toContain('rel="next"');
  // Paging back stops at the first week that has sessions.
  let week = /href="\/schedule\?week=(\d{4}-W\d{2})"[^>]*rel="prev"/.exec(thisWeek)?.[1];
  for (let i = 0; week && i < 60; i++) {
    const page = await request.get(`/schedule?week=${week}`);
    expect(page.status(), week).toBe(200);
    week = /href="\/schedule\?week=(\d{4}-W\d{2})"[^>]*rel="prev"/.exec(await page.text())?.[1];
  }
  expect(week, "the pager stops").toBeUndefined();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header still offers sign-in", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toHaveCount(1);
    await page.getByRole("banner").getByRole("link", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("the catalogue's filters still filter: every field is sent, and read the same way", async ({ page }) => {
    await page.goto("/products");
    await page.getByLabel("Tỉnh/thành (cả tên cũ)").fill("Bắc Kạn");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/\/products\?province=B%E1%BA%AFc\+K%E1%BA%A1n&group=&stars=&sort=stars$/);
    await expect(page.getByText("“Bắc Kạn” nay thuộc Thái Nguyên")).toBeVisible();
    await expect(page.getByRole("article").first()).toContainText("Thái Nguyên");
  });

  test("the schedule's filters still filter: the form goes to a page the server filters", async ({ page }) => {
    await page.goto("/schedule");
    const all = await page.getByRole("article").count();
    expect(all).toBeGreaterThan(1);
    // What the old name became, and only that province's sessions, counted.
    const count = await filterByOldProvince(page);
    expect(count).toBeLessThan(all);
    await expect(page.getByText(`${count} phiên`, { exact: true })).toBeVisible();
    // One page per combination of filters: kept out of search engines (the week's page is not).
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    await page.getByLabel("Tỉnh/thành (cả tên cũ)").fill("Không Có Tỉnh Này");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page.getByRole("alert")).toContainText("Không tìm thấy tỉnh/thành “Không Có Tỉnh Này”");
    await expect(page.getByText("Không có phiên nào khớp bộ lọc")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(0);
  });
});
