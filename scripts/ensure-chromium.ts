/**
 * Browsers for the end-to-end tests come from Debian (Playwright's own download cannot reach
 * its servers here). As root with apt-get, a missing chromium is installed; elsewhere this says
 * exactly what to install. CHROMIUM_PATH points at another binary.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).stdout.trim();
  if (userInfo().uid === 0 && apt) {
    console.log(`[browsers] ${CHROMIUM_PATH} is missing: installing Debian's chromium with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-core"], { stdio: "inherit", env });
    if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  }
  throw new Error(
    `Chromium is needed for the end-to-end tests and was not found at ${CHROMIUM_PATH}.\n` +
      `Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`[browsers] chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
