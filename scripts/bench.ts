/**
 * `npm run bench`: how fast the public pages are, against the two ceilings that matter.
 *
 * Builds and starts the production server on its own embedded database with the demo data
 * (.data/postgres-bench, port 3200), takes the HTML of /schedule and of a session page, and
 * serves the same bytes (a) as static files from the same server's public/ folder and (b) from
 * nginx (Debian's package, installed here as root when missing); and (c) requests the page through
 * the production proxy recipe (docs/deploy/nginx.conf, micro-cache included) in front of the app.
 * autocannon then loads each at 10 and 100 connections over loopback, for a bounded time, and the
 * script prints requests per second, p50 and p99 latency, and the ratios page ÷ (a), page ÷ (b)
 * and (c) ÷ (b) (goal ≥ 0.8).
 *   npm run bench -- --seconds 5
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "@/lib/db/runtime";
import { benchHeader, benchVerdict, budget, printRow } from "./lib/bench-report";
import { fetchText, startBenchServer, stopAll, stopProcess } from "./lib/bench-server";
import { nginxBinary, startProxy } from "./lib/nginx";

const PORT = 3200;
const NGINX_PORT = 3201;
const PROXY_PORT = 3202;
const seconds = Number(process.argv[process.argv.indexOf("--seconds") + 1]) || 5;
const STATIC_DIR = path.join(PROJECT_ROOT, "public", "__bench");
const NGINX_DIR = path.join(PROJECT_ROOT, ".data", "nginx-bench");

const startServer = () => startBenchServer(PORT);
const stop = (child: ChildProcess) => stopProcess(child);

async function startNginx(): Promise<ChildProcess> {
  await mkdir(NGINX_DIR, { recursive: true });
  const conf = path.join(NGINX_DIR, "nginx.conf");
  await writeFile(
    conf,
    `worker_processes 2;
pid ${NGINX_DIR}/nginx.pid;
error_log ${NGINX_DIR}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${NGINX_DIR}/tmp;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:${NGINX_PORT}; root ${STATIC_DIR}; }
}
`,
  );
  const child = spawn(nginxBinary(), ["-c", conf, "-g", "daemon off;"], { stdio: "inherit" });
  await new Promise((r) => setTimeout(r, 500));
  return child;
}

type Figures = { rps: number; p50: number; p99: number; errors: number };

async function load(url: string, connections: number): Promise<Figures> {
  await autocannon({ url, connections, duration: 1 }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main() {
  benchHeader("npm run bench");
  // 1. The pages as the server renders them, to copy their exact bytes.
  let server = await startServer();
  const first = server.readyMs;
  const origin = `http://127.0.0.1:${PORT}`;
  const schedule = await fetchText(`${origin}/schedule`);
  const sessionPath = /href="(\/sessions\/[0-9a-f-]{36})"/.exec(schedule)?.[1];
  if (!sessionPath) throw new Error("No session link on /schedule: is the demo data there?");
  const session = await fetchText(`${origin}${sessionPath}`);
  await stop(server.child);

  // 2. The same bytes as public files (picked up when the server starts) and for nginx.
  await mkdir(STATIC_DIR, { recursive: true });
  await writeFile(path.join(STATIC_DIR, "schedule.html"), schedule);
  await writeFile(path.join(STATIC_DIR, "session.html"), session);
  server = await startServer();
  const nginx = await startNginx();
  // (c) The production recipe (docs/deploy/nginx.conf) in front of the app, micro-cache included.
  const proxy = await startProxy({ port: PROXY_PORT, upstreams: [`127.0.0.1:${PORT}`], runDir: path.join(PROJECT_ROOT, ".data", "nginx-proxy-bench") });

  const targets = [
    { name: "/schedule", page: `${origin}/schedule`, file: `${origin}/__bench/schedule.html`, nginx: `http://127.0.0.1:${NGINX_PORT}/schedule.html`, proxy: `http://127.0.0.1:${PROXY_PORT}/schedule`, kb: schedule.length / 1024 },
    { name: "session", page: `${origin}${sessionPath}`, file: `${origin}/__bench/session.html`, nginx: `http://127.0.0.1:${NGINX_PORT}/session.html`, proxy: `http://127.0.0.1:${PROXY_PORT}${sessionPath}`, kb: session.length / 1024 },
  ];
  console.log(`\nFirst start (with any build): ${(first / 1000).toFixed(1)} s; warm start: ${(server.readyMs / 1000).toFixed(1)} s`);
  console.log(`autocannon, ${seconds} s per measurement after a 1 s warm-up, loopback; pages uncompressed\n`);
  const row = (cells: (string | number)[]) => printRow(cells, 22, { alignFirst: "right" });
  row(["", "conns", "req/s", "p50 ms", "p99 ms", "errors"]);
  const ratios: string[] = [];
  try {
    for (const t of targets) {
      for (const connections of [10, 100]) {
        const page = await load(t.page, connections);
        const file = await load(t.file, connections);
        const ng = await load(t.nginx, connections);
        const proxied = await load(t.proxy, connections);
        row([`${t.name} page (${t.kb.toFixed(0)} KB)`, connections, page.rps.toFixed(0), page.p50, page.p99, page.errors]);
        row([`  (a) public/ file`, connections, file.rps.toFixed(0), file.p50, file.p99, file.errors]);
        row([`  (b) nginx`, connections, ng.rps.toFixed(0), ng.p50, ng.p99, ng.errors]);
        row([`  (c) page via proxy`, connections, proxied.rps.toFixed(0), proxied.p50, proxied.p99, proxied.errors]);
        ratios.push(
          `${t.name} @${connections}: page ÷ (a) = ${(page.rps / file.rps).toFixed(2)}, page ÷ (b) = ${(page.rps / ng.rps).toFixed(3)}, ` +
            `proxy (c) ÷ (b) = ${(proxied.rps / ng.rps).toFixed(2)} (goal ≥ 0.8)`,
        );
        budget(proxied.rps / ng.rps >= 0.8, `${t.name} @${connections}: the recipe serves ${(proxied.rps / ng.rps).toFixed(2)} of nginx's static rate (< 0.8)`);
        budget(page.errors + file.errors + ng.errors + proxied.errors === 0, `${t.name} @${connections}: requests failed`);
      }
    }
    console.log(`\n${ratios.join("\n")}`);
  } finally {
    nginx.kill("SIGTERM");
    await proxy.stop();
    await stop(server.child);
    await rm(STATIC_DIR, { recursive: true, force: true });
  }
  benchVerdict();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  await rm(STATIC_DIR, { recursive: true, force: true });
  process.exit(1);
});
