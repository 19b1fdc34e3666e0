/**
 * The floor: a bare page of the same Next.js and React as the portal (one heading, no CSS, no
 * client component), built and served in production mode from `.data/bench-floor`. What
 * Lighthouse measures on it is what any page of this framework costs before the portal adds
 * anything; the JavaScript budget of a public page is set from it (issue "Light public pages").
 * node_modules is the project's, hard-linked (Turbopack resolves nothing outside the app's root).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "@/lib/db/runtime";

const DIR = path.join(PROJECT_ROOT, ".data", "bench-floor");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-floor", private: true, type: "module" }),
  "next.config.mjs": "export default {};\n",
  "app/layout.js": 'export default function RootLayout({ children }) {\n  return (<html lang="vi"><body>{children}</body></html>);\n}\n',
  "app/page.js": "export default function Page() {\n  return (<main><h1>Chợ phiên OCOP</h1><p>Một trang trống: cái giá tối thiểu của khung.</p></main>);\n}\n",
};

export async function startBareNext(port: number): Promise<{ child: ChildProcess; nextVersion: string }> {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(path.join(DIR, "app"), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) await writeFile(path.join(DIR, name), text);
  execFileSync("cp", ["-al", path.join(PROJECT_ROOT, "node_modules"), path.join(DIR, "node_modules")]);
  const next = path.join(DIR, "node_modules", "next", "dist", "bin", "next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  execFileSync(process.execPath, [next, "build"], { cwd: DIR, env, stdio: ["ignore", "ignore", "inherit"] });
  if (!existsSync(path.join(DIR, ".next", "BUILD_ID"))) throw new Error("The bare Next.js page did not build");
  const child = spawn(process.execPath, [next, "start", "--port", String(port), "--hostname", "127.0.0.1"], { cwd: DIR, env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`The bare Next.js page's server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const nextVersion = (JSON.parse(execFileSync(process.execPath, ["-p", "JSON.stringify(require('next/package.json'))"], { cwd: DIR, encoding: "utf8" })) as { version: string }).version;
  return { child, nextVersion };
}
