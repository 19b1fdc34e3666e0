/**
 * Lighthouse (12.2.3, mobile defaults: a mid-range phone on a slow 4G link and a 4× slower CPU,
 * simulated) with Debian's chromium, on pages of a running server; with the gzip size of the
 * JavaScript each page loads (every script fetched again and gzipped at level 6, as nginx would
 * send it). Each page is measured `runs` times, the pages taken in turn (a passing disturbance
 * touches one run of several pages, not every run of one), and the median run is reported.
 */
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureChromium } from "../ensure-chromium";

/** `benchmarkIndex`: Lighthouse's own measure of the machine's CPU speed during the run (higher is faster). */
export type Run = { score: number; lcpMs: number; cls: number; tbtMs: number; fcpMs: number; scripts: number; jsGzipKb: number; benchmarkIndex: number };
/** A page's median run (by score), with every run's score and TBT to show how much they move. */
export type PageFigures = Run & { path: string; scores: number[]; tbts: number[] };

/** `targets`: a label (printed) and the page's full address. */
export async function lighthouseRuns(targets: { path: string; url: string }[], runs: number): Promise<PageFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  const all = new Map<string, Run[]>(targets.map((t) => [t.path, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const target of targets) all.get(target.path)!.push(await measure(chrome.port, target.url));
    }
  } finally {
    await chrome.kill();
  }
  return targets.map(({ path }) => {
    const list = all.get(path)!;
    const median = [...list].sort((a, b) => a.score - b.score || b.tbtMs - a.tbtMs)[Math.floor(list.length / 2)]!;
    return { path, ...median, scores: list.map((r) => r.score), tbts: list.map((r) => r.tbtMs) };
  });
}

async function measure(port: number, url: string): Promise<Run> {
  const origin = new URL(url).origin;
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits["network-requests"]?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
  const scripts = [...new Set(requests.filter((r) => r.resourceType === "Script" && r.url.startsWith(origin)).map((r) => r.url))];
  let gzip = 0;
  for (const url of scripts) gzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 6 }).byteLength;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    fcpMs: Math.round(audit("first-contentful-paint")),
    cls: Number(audit("cumulative-layout-shift").toFixed(3)),
    tbtMs: Math.round(audit("total-blocking-time")),
    scripts: scripts.length,
    jsGzipKb: Number((gzip / 1024).toFixed(1)),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}
