import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "@/lib/db/client";

export const DEMO_PASSWORD = "ChoPhien#2026";
/** The e2e server's own embedded database (playwright.config.ts), for tests that set up or check data. */
export const E2E_DATABASE_URL = "postgresql://postgres:ocop-local@127.0.0.1:54349/ocop";
export const ACCOUNTS = {
  admin: "admin@chophien.test",
  staff: "staff@chophien.test",
  producer: "producer@chophien.test",
} as const;

/** Runs `work` with a client of the e2e server's database, closed afterwards. */
export async function withE2eDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** A published session still to come: the next one, or the last one planned. */
export function comingSessionId(which: "next" | "last"): Promise<string> {
  return withE2eDb(async (db) => {
    const session = await db.liveSession.findFirstOrThrow({ where: { status: "SCHEDULED", startsAt: { gt: new Date() } }, orderBy: { startsAt: which === "next" ? "asc" : "desc" }, select: { id: true } });
    return session.id;
  });
}

/** Every page must load without a console error or an uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && !/status of 40[34]/.test(m.text())) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** Signs in through the form (at `origin`, the app by default); does not wait for the landing page. */
export async function signIn(page: import("@playwright/test").Page, email: string, password = DEMO_PASSWORD, origin = "") {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** As a producer on the product form: the product's facts and its OCOP certificate (no files). */
export async function fillProductForm(page: Page, p: { name: string; group: string; price: string; unit: string; stars: string; decisionNumber: string; decisionDate: string }) {
  await page.getByLabel("Tên sản phẩm").fill(p.name);
  await page.getByLabel("Nhóm OCOP").selectOption(p.group);
  await page.getByLabel("Giá bán (đồng)").fill(p.price);
  await page.getByLabel("Quy cách / đơn vị bán").fill(p.unit);
  await page.getByLabel("Hạng sao").selectOption(p.stars);
  await page.getByLabel("Cấp công nhận").selectOption("PROVINCE");
  await page.getByLabel("Số quyết định").fill(p.decisionNumber);
  await page.getByLabel("Ngày quyết định").fill(p.decisionDate);
}

/** As staff: renames a session on its edit page (at `origin`) and waits for "Đã lưu". */
export async function renameSession(page: Page, origin: string, sessionId: string, title: string) {
  await page.goto(`${origin}/admin/sessions/${sessionId}`);
  await page.getByLabel("Tên phiên").fill(title);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu" })).toBeVisible();
}

/** WCAG 2.2 AA (axe-core), and nothing wider than the screen. */
export async function checkPage(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * Dates as Vietnamese write them (issue "Daily use", point 1): no ISO instant or date
 * ("2026-12-05T05:30:00.000Z", "2026-12-17"), no ISO week ("2026-W50") and no two-digit year
 * ("6/12/26") in what a page shows. Returns what was found, with a few words around it.
 */
const FOREIGN_DATES: [string, RegExp][] = [
  ["ISO date or instant", /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/],
  ["ISO week", /\b\d{4}-W\d{2}\b/],
  ["two-digit year", /\b\d{1,2}\/\d{1,2}\/\d{2}\b(?![/\d])/],
];

export async function foreignDates(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return FOREIGN_DATES.flatMap(([what, pattern]) => {
    const found = pattern.exec(text);
    return found ? [`${what} "${text.slice(Math.max(0, found.index - 30), found.index + found[0].length + 10).replace(/\s+/g, " ")}"`] : [];
  });
}

export { expect };
