/**
 * `npm run bench`: figures to compare before and after a change. Starts the portal on its own
 * embedded database (.data/postgres-bench, port 3200), then, for each URL, sends requests from
 * 50 concurrent keep-alive connections for a bounded time (loopback only) and prints requests
 * per second, latency percentiles and the bytes on the wire (gzip, as browsers ask). Also prints how long a warm start takes to be ready.
 *   npm run bench -- --seconds 5
 */
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { PROJECT_ROOT } from "@/lib/db/runtime";

const PORT = 3200;
const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 5;
const CONNECTIONS = 50;
const TARGETS = ["/", "/en", "/sign-in", "/api/health"];

function startServer(): Promise<{ stop(): Promise<void>; readyMs: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--port", String(PORT), "--data-dir", path.join(PROJECT_ROOT, ".data/postgres-bench"), "--pg-port", "54369"],
    { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "bench-secret-0123456789abcdef0123" }, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      if (out.includes("Ready on")) {
        resolve({
          readyMs: Date.now() - started,
          stop: () => new Promise((r) => { child.once("exit", () => r()); child.kill("SIGTERM"); }),
        });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}\n${out}`)));
  });
}

async function load(urlPath: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      http
        // Like a browser: gzip on the wire, which is what a phone on 4G pays for.
        .get({ host: "127.0.0.1", port: PORT, path: urlPath, agent, headers: { "Accept-Encoding": "gzip" } }, (res) => {
          res.on("data", (c: Buffer) => (bytes += c.length));
          res.on("end", () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - t0);
            resolve();
          });
        })
        .on("error", () => {
          errors++;
          resolve();
        });
    });
  const worker = async () => {
    while (Date.now() < deadline) await one();
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (Date.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  return {
    path: urlPath,
    rps: (latencies.length / elapsed).toFixed(0),
    p50: pct(50),
    p99: pct(99),
    kb: (bytes / latencies.length / 1024).toFixed(1),
    errors,
  };
}

const first = await startServer();
await first.stop();
const server = await startServer();
console.log(`\nWarm start to ready: ${(server.readyMs / 1000).toFixed(1)} s (first start incl. any build: ${(first.readyMs / 1000).toFixed(1)} s)`);
console.log(`Load: ${CONNECTIONS} connections, ${seconds} s per URL, loopback\n`);
console.log("url".padEnd(14), "req/s".padStart(7), "p50 ms".padStart(8), "p99 ms".padStart(8), "KB gzip".padStart(8), "errors".padStart(7));
try {
  for (const target of TARGETS) {
    await load(target); // warm the route (and its cache) before measuring
    const r = await load(target);
    console.log(r.path.padEnd(14), r.rps.padStart(7), r.p50.padStart(8), r.p99.padStart(8), r.kb.padStart(8), String(r.errors).padStart(7));
  }
} finally {
  await server.stop();
}
