/**
 * Browsers for the end-to-end tests come from Debian (Playwright's own download cannot reach
 * its servers here). As root with apt-get, a missing chromium is installed; elsewhere this says
 * exactly what to install. CHROMIUM_PATH points at another binary. The same for a Java runtime,
 * which the W3C HTML checker (vnu-jar, tests/e2e/html.spec.ts) runs on.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Installs Debian packages when this runs as root with apt-get; false when it cannot. */
function aptInstall(what: string, packages: string[]): boolean {
  const apt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).stdout.trim();
  if (userInfo().uid !== 0 || !apt) return false;
  console.log(`[browsers] ${what} is missing: installing ${packages.join(", ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env });
  return true;
}

export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (aptInstall(CHROMIUM_PATH, ["chromium", "fonts-noto-core"]) && existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  throw new Error(
    `Chromium is needed for the end-to-end tests and was not found at ${CHROMIUM_PATH}.\n` +
      `Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  );
}

const hasJava = () => spawnSync("java", ["-version"], { encoding: "utf8" }).status === 0;

/** A Java runtime for the HTML checker: the machine's, or Debian's headless JRE. */
export function ensureJava(): void {
  if (hasJava()) return;
  if (aptInstall("java", ["default-jre-headless"]) && hasJava()) return;
  throw new Error("A Java runtime is needed for the HTML checker (vnu-jar) and was not found.\nInstall it with:  sudo apt-get install default-jre-headless");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`[browsers] chromium: ${ensureChromium()}`);
    ensureJava();
    console.log("[browsers] java: found");
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
