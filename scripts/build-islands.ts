/**
 * Bundles the public pages' script (lib/islands) into `.next/static/islands/islands-<hash>.js`
 * (scripts/lib/islands.ts). Part of every build: `npm run build`, and `npm start` after `next build`.
 */
import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { PROJECT_ROOT } from "@/lib/root";
import { ISLANDS_DIR, islandsSrc } from "./lib/islands";

const result = await build({
  entryPoints: [path.join(PROJECT_ROOT, "lib", "islands", "index.ts")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  tsconfig: path.join(PROJECT_ROOT, "tsconfig.json"),
  write: false,
  legalComments: "none",
  logLevel: "warning",
});
const code = result.outputFiles[0]!.contents;
const name = `islands-${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
const dir = path.join(PROJECT_ROOT, ISLANDS_DIR);
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, name), code);
console.log(`[ocop] Islands: ${islandsSrc(name)} (${code.byteLength} bytes).`);
