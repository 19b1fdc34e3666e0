/**
 * `npm run bench:pages`: how light the public pages are for a phone, against the budgets of the
 * issue "Light public pages" — measured, printed and checked here, never in a timed test.
 *
 *  1. The production build on its own embedded database with the demo data (port 3200), behind
 *     the nginx recipe (docs/deploy/nginx.conf, port 3202), as in production.
 *  2. The pages: `/`, `/schedule`, the schedule's first session, that session's first producer
 *     and first product. For each: the HTML (bytes, and how much of it is React's payload), the
 *     JavaScript it loads (gzip), and Lighthouse (mobile) three times, the median printed.
 *  3. For comparison, a bare page of the same Next.js (scripts/lib/bare-next.ts), with React's
 *     client runtime, behind its own copy of the recipe, measured in the same passes, in turn with
 *     the pages (a slower moment of the machine touches both alike): what any page that hydrates
 *     starts from on this machine. The public pages run without it (decision 0023).
 *  4. The same Lighthouse runs again with a busy neighbour: one CPU-bound process
 *     (`yes > /dev/null`) started by this script on this machine's cores.
 *
 * Budgets (quiet): score ≥ 95, TBT ≤ 200 ms, CLS ≤ 0.02 and JavaScript within budget on every
 * page (≤ 110 kB gzip); HTML ≤ 80 KB for `/` and ≤ 60 KB for `/schedule`. Busy: score ≥ 90. It prints the
 * commit, the date, the Saturday the pages show and each page's size beside its figures, and
 * exits non-zero when a budget is missed.
 *   npm run bench:pages [-- --runs 3] [-- --skip-busy]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PROJECT_ROOT } from "@/lib/db/runtime";
import { benchHeader, benchVerdict, budget, printRow } from "./lib/bench-report";
import { fetchText, startBenchServer, stopAll, stopProcess, track } from "./lib/bench-server";
import { startBareNext } from "./lib/bare-next";
import { lighthouseRuns, type PageFigures } from "./lib/lighthouse";
import { startProxy } from "./lib/nginx";

const PORT = 3200;
const PROXY_PORT = 3202;
const FLOOR_PORT = 3209;
const FLOOR_PROXY_PORT = 3208;
const arg = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const RUNS = Number(arg("runs")) || 3;
const SKIP_BUSY = process.argv.includes("--skip-busy");

const BUDGET = { score: 95, busyScore: 90, tbtMs: 200, cls: 0.02, jsKb: 110, htmlKb: { "/": 80, "/schedule": 60 } as Record<string, number> };

type Size = { htmlKb: number; payloadKb: number; htmlGzipKb: number };

/** The document's size, and how much of it is React's payload (the inline `self.__next_f` scripts). */
function sizeOf(html: string): Size {
  const payload = [...html.matchAll(/<script>self\.__next_f\.push\(.*?\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  return { htmlKb: Buffer.byteLength(html) / 1024, payloadKb: payload / 1024, htmlGzipKb: gzipSync(html, { level: 5 }).byteLength / 1024 };
}

const kb = (n: number) => n.toFixed(1);
const row = (cells: (string | number)[], widths: number[]) => printRow(cells, widths[0]!, { widths });

function printRuns(title: string, figures: PageFigures[], sizes: Map<string, Size>) {
  const speed = figures.map((f) => f.benchmarkIndex).sort((a, b) => a - b);
  console.log(`\n${title} — Lighthouse's CPU benchmark index ${speed[0]}–${speed.at(-1)} (the machine's speed as Lighthouse measured it; higher is faster)`);
  const widths = [48, 14, 8, 8, 7, 13, 9, 9, 9];
  row(["page", "score (runs)", "FCP ms", "LCP ms", "CLS", "TBT ms (runs)", "JS kB gz", "HTML KB", "payload"], widths);
  for (const f of figures) {
    const size = sizes.get(f.path);
    row([f.path, `${f.score} (${f.scores.join("/")})`, f.fcpMs, f.lcpMs, f.cls, `${f.tbtMs} (${f.tbts.join("/")})`, f.jsGzipKb, size ? kb(size.htmlKb) : "", size ? kb(size.payloadKb) : ""], widths);
  }
}

async function main() {
  benchHeader("npm run bench:pages");
  console.log(`Lighthouse 12.2.3, mobile defaults (simulated slow 4G, 4× CPU slowdown), Debian's chromium; ${RUNS} runs a page, the median shown`);

  // The floor: a bare page of the same Next.js, behind its own copy of the recipe. It is measured
  // in the same passes as the portal's pages, taken in turn with them, so a slower moment of the
  // machine touches both alike.
  const floor = await startBareNext(FLOOR_PORT);
  track(floor.child);
  const floorProxy = await startProxy({ port: FLOOR_PROXY_PORT, upstreams: [`127.0.0.1:${FLOOR_PORT}`], runDir: path.join(PROJECT_ROOT, ".data", "nginx-floor-bench"), root: path.join(PROJECT_ROOT, ".data", "bench-floor") });
  const FLOOR = "(reference) bare Next.js page";
  console.log(`For comparison: a bare page of Next.js ${floor.nextVersion} (one heading, no CSS, no client component, React's runtime), measured with the pages`);

  const server = await startBenchServer(PORT);
  const proxy = await startProxy({ port: PROXY_PORT, upstreams: [`127.0.0.1:${PORT}`], runDir: path.join(PROJECT_ROOT, ".data", "nginx-pages-bench") });
  try {
    const origin = `http://127.0.0.1:${PROXY_PORT}`;
    const home = await fetchText(`${origin}/`);
    const schedule = await fetchText(`${origin}/schedule`);
    const sessionPath = /href="(\/sessions\/[0-9a-f-]{36})"/.exec(schedule)?.[1];
    if (!sessionPath) throw new Error("No session on /schedule: is the demo data there?");
    const session = await fetchText(`${origin}${sessionPath}`);
    const producerPath = /href="(\/producers\/[a-z0-9-]+)"/.exec(session)?.[1];
    const productPath = /href="(\/products\/[a-z0-9-]+)"/.exec(session)?.[1];
    if (!producerPath || !productPath) throw new Error(`No producer or product link on ${sessionPath}`);
    const paths = ["/", "/schedule", sessionPath, producerPath, productPath];
    const sizes = new Map<string, Size>([["/", sizeOf(home)], ["/schedule", sizeOf(schedule)], [sessionPath, sizeOf(session)]]);
    for (const p of [producerPath, productPath]) sizes.set(p, sizeOf(await fetchText(`${origin}${p}`)));
    const saturday = /id="saturday-heading"[^]*?<time dateTime="([\d-]+)"/i.exec(home)?.[1] ?? "?";
    const count = /(\d+) phiên/.exec(schedule)?.[1] ?? "?";
    console.log(`\nThe pages show Saturday ${saturday} (home page); /schedule lists ${count} sessions. Through the nginx recipe (gzip, micro-cache).`);
    console.log("Sizes: HTML uncompressed (of which React's payload), and gzip:");
    for (const [p, s] of sizes) console.log(`  ${p.padEnd(48)} ${kb(s.htmlKb).padStart(6)} KB (payload ${kb(s.payloadKb)} KB), gzip ${kb(s.htmlGzipKb)} KB`);
    for (const [p, limit] of Object.entries(BUDGET.htmlKb)) {
      const size = sizes.get(p)!;
      budget(size.htmlKb <= limit, `${p}: HTML ${kb(size.htmlKb)} KB > ${limit} KB`);
    }

    const targets = [{ path: FLOOR, url: `http://127.0.0.1:${FLOOR_PROXY_PORT}/` }, ...paths.map((p) => ({ path: p, url: `${origin}${p}` }))];
    const quiet = await lighthouseRuns(targets, RUNS);
    printRuns("Quiet machine", quiet, sizes);
    for (const f of quiet.filter((f) => f.path !== FLOOR)) {
      budget(f.score >= BUDGET.score, `${f.path}: score ${f.score} < ${BUDGET.score}`);
      budget(f.tbtMs <= BUDGET.tbtMs, `${f.path}: TBT ${f.tbtMs} ms > ${BUDGET.tbtMs} ms`);
      budget(f.cls <= BUDGET.cls, `${f.path}: CLS ${f.cls} > ${BUDGET.cls}`);
      budget(f.jsGzipKb <= BUDGET.jsKb, `${f.path}: ${f.jsGzipKb} kB of gzip JavaScript > ${BUDGET.jsKb} kB`);
    }

    if (!SKIP_BUSY) {
      // A busy neighbour: one process that keeps a core at 100 % for the whole pass.
      const neighbour = track(spawn("sh", ["-c", "exec yes > /dev/null"], { stdio: "ignore" }));
      try {
        const busy = await lighthouseRuns(targets, RUNS);
        printRuns("With a busy neighbour (`yes > /dev/null` running)", busy, sizes);
        for (const f of busy.filter((f) => f.path !== FLOOR)) budget(f.score >= BUDGET.busyScore, `${f.path} (busy): score ${f.score} < ${BUDGET.busyScore}`);
      } finally {
        await stopProcess(neighbour, "SIGKILL");
      }
    }
  } finally {
    await proxy.stop();
    await floorProxy.stop();
    await stopProcess(server.child);
    await stopProcess(floor.child);
  }
  benchVerdict();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
