import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, signIn, test } from "./fixtures";

/**
 * Dates as Vietnamese write them on every signed-in page (issue "Daily use", point 1): no ISO
 * instant or date ("2026-12-05T05:30:00.000Z", "2026-12-17"), no ISO week ("2026-W50") and no
 * two-digit year ("6/12/26") in what a page shows. Each role's pages are found by following the
 * links of its own area from its landing page, so a new page is checked without being listed here.
 */
const PATTERNS: [string, RegExp][] = [
  ["ISO date or instant", /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/],
  ["ISO week", /\b\d{4}-W\d{2}\b/],
  ["two-digit year", /\b\d{1,2}\/\d{1,2}\/\d{2}\b(?![/\d])/],
];

/** What each shape of path is visited for: an id replaced, so one session page stands for all. */
const shape = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id").replace(/\?.*$/, "");

async function scan(page: Page, area: RegExp, limit: number): Promise<{ visited: string[]; offences: string[] }> {
  const queue = [new URL(page.url()).pathname];
  const shapes = new Set<string>();
  const visited: string[] = [];
  const offences: string[] = [];
  while (queue.length && visited.length < limit) {
    const path = queue.shift()!;
    if (shapes.has(shape(path))) continue;
    shapes.add(shape(path));
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    visited.push(path);
    const text = await page.locator("body").innerText();
    for (const [what, pattern] of PATTERNS) {
      const found = pattern.exec(text);
      if (found) offences.push(`${path}: ${what} "${text.slice(Math.max(0, found.index - 30), found.index + found[0].length + 10).replace(/\s+/g, " ")}"`);
    }
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of links) {
      if (!area.test(href) || /\.(csv|ics)$|\/export|\/media\//.test(href)) continue;
      if (!shapes.has(shape(href))) queue.push(href);
    }
  }
  return { visited, offences };
}

for (const [role, email, landing, area, limit] of [
  ["staff", ACCOUNTS.staff, /\/admin/, /^\/admin(\/|$|\?)/, 30],
  ["admin", ACCOUNTS.admin, /\/admin/, /^\/admin(\/|$|\?)/, 30],
  ["producer", ACCOUNTS.producer, /\/producer$/, /^\/producer(\/|$|\?)/, 20],
] as const) {
  test(`the ${role}'s pages write dates and times as Vietnamese do`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, email);
    await page.waitForURL(landing);
    const { visited, offences } = await scan(page, area, limit);
    // The crawl reached the area's pages, not only the landing page.
    expect(visited.length, visited.join(", ")).toBeGreaterThan(5);
    test.info().annotations.push({ type: "pages read", description: `${visited.length}: ${visited.join(", ")}` });
    expect(offences).toEqual([]);
  });
}
