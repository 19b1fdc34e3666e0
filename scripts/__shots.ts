import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [who, path, tag] of [["staff", "/admin/reports?gmv=net", "reports"], ["producer", "/producer/results?gmv=net", "results"]] as const) {
  for (const [name, width] of [["phone", 375], ["desktop", 1280]] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(`${who}@chophien.test`);
    await page.getByLabel("Mật khẩu").fill("ChoPhien#2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(/producer|admin/);
    await page.goto(`${base}${path}`);
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/shots/${tag}-${name}.png`, fullPage: true, clip: { x: 0, y: 0, width, height: 1500 } });
    await page.close();
  }
}
await browser.close();
