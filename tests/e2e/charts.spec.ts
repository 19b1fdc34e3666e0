import type { Page } from "@playwright/test";
import { ACCOUNTS, checkPage, comingSessionId, expect, signIn, test } from "./fixtures";

/** Every script the page loaded, and whether any of it is the chart library (its wrapper's class name). */
async function loadsChartLibrary(page: Page, url: string): Promise<boolean> {
  const bodies: Promise<string>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  };
  page.on("response", listener);
  await page.goto(url);
  await page.waitForLoadState("load");
  // Chunks load with the page; a hydrated client island is the sign they all have.
  await page.waitForFunction(() => document.readyState === "complete");
  page.off("response", listener);
  expect(bodies.length, `scripts loaded by ${url}`).toBeGreaterThan(0);
  return (await Promise.all(bodies)).some((text) => text.includes("recharts-wrapper"));
}

test("staff read the report's charts: full names, short VND, others as one bar, values by keyboard, and in print", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/reports");
  const provinces = page.locator("section", { has: page.getByRole("heading", { name: "Theo tỉnh, thành" }) });
  const chart = provinces.locator("figure[data-chart=category]");
  const table = provinces.getByRole("table");
  const firstName = (await table.locator("tbody th").first().innerText()).trim();
  const firstGmv = (await table.locator("tbody tr").first().locator("td").first().innerText()).trim();
  const rows = await table.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(10);

  // Full names, not "Quảng Ni…"; the long tail as one bar; a value scale in short VND.
  await expect(chart.locator("svg text", { hasText: firstName })).toHaveCount(1);
  await expect(chart.locator("svg text", { hasText: `${rows - 10} mục còn lại` })).toHaveCount(1);
  await expect(chart.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /(tỷ|tr)\s₫/ }).first()).toBeVisible();

  // Keyboard: focus the chart, an arrow key shows the first bar's exact figure.
  const surface = chart.getByRole("img");
  await surface.focus();
  await page.keyboard.press("ArrowRight");
  await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText(firstName);
  await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText(firstGmv);

  // Time as columns on a time axis, oldest first.
  await expect(page.locator("figure[data-chart=time]")).toHaveCount(1);
  await checkPage(page);

  // The print view keeps the charts.
  await page.goto("/admin/reports/print");
  await expect(page.locator("figure[data-chart=category] svg.recharts-surface").first()).toBeVisible();
  await expect(page.locator("figure[data-chart=time] svg.recharts-surface")).toBeVisible();
});

test("a producer's results chart on a phone: a time axis with readable dates", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, ACCOUNTS.producer);
  await expect(page).toHaveURL(/\/producer$/);
  await page.goto("/producer/results");
  const chart = page.locator("figure[data-chart=time]");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  const tickLabels = chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect.poll(() => tickLabels.count()).toBeGreaterThan(1);
  const ticks = await tickLabels.allTextContents();
  for (const tick of ticks) expect(tick.trim()).toMatch(/^\d{2}\/\d{2}$/);
  await checkPage(page);
});

test("only the pages that chart load the chart library; public pages ship none of it", async ({ page }) => {
  test.setTimeout(90_000);
  const session = await comingSessionId("next");
  for (const url of ["/", "/schedule", `/sessions/${session}`, "/hat-giong-ocop"]) {
    expect(await loadsChartLibrary(page, url), url).toBe(false);
  }
  await signIn(page, ACCOUNTS.staff);
  await expect(page).toHaveURL(/\/admin$/);
  expect(await loadsChartLibrary(page, "/admin"), "/admin").toBe(false);
  expect(await loadsChartLibrary(page, "/admin/reports"), "/admin/reports").toBe(true);
});
