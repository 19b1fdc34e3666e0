/**
 * The production server the public-page benchmarks measure: `scripts/start.ts` (a build when the
 * sources changed) on its own embedded database with the demo data, `.data/postgres-bench`.
 * Servers started here are stopped however the run ends (`stopAll`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "@/lib/db/runtime";

const running = new Set<ChildProcess>();

export function startBenchServer(port: number): Promise<{ child: ChildProcess; readyMs: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--port", String(port), "--data-dir", path.join(PROJECT_ROOT, ".data/postgres-bench"), "--pg-port", "54369"],
    { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "bench-secret-0123456789abcdef0123", TRUST_PROXY: "1" }, stdio: ["ignore", "pipe", "inherit"] },
  );
  running.add(child);
  child.once("exit", () => running.delete(child));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      if (out.includes("Ready on")) resolve({ child, readyMs: Date.now() - started });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}\n${out}`)));
  });
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** Every server this module started and that still runs. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopProcess(child)));
}

export function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}
