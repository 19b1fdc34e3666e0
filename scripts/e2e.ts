/** `npm run test:e2e`: Chromium from Debian (installed here when possible), then Playwright. */
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./ensure-chromium";

process.env.CHROMIUM_PATH = ensureChromium();
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
process.exit(result.status ?? 1);
