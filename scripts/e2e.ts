/** `npm run test:e2e`: Chromium from Debian (installed here when possible), then Playwright. */
import { spawnSync } from "node:child_process";
import { ensureChromium, ensureJava } from "./ensure-chromium";
import { nginxBinary } from "./lib/nginx";

process.env.CHROMIUM_PATH = ensureChromium();
ensureJava();
// The proxy recipe's test (tests/e2e/proxy.spec.ts) runs Debian's nginx.
process.env.NGINX_PATH = nginxBinary();
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
process.exit(result.status ?? 1);
