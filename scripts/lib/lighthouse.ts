/**
 * Lighthouse (12.2.3, mobile defaults: a mid-range phone on a slow 4G link, simulated) with
 * Debian's chromium, on public pages of a running server; with the gzip size of the JavaScript
 * each page loads (every script fetched again and gzipped at level 6, as nginx would send it).
 * Goals (issue 8): performance ≥ 95, CLS ≤ 0.02, ≤ 150 kB of gzip JavaScript.
 */
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureChromium } from "../ensure-chromium";

export type PageFigures = { path: string; score: number; lcpMs: number; cls: number; tbtMs: number; scripts: number; jsGzipKb: number };

export async function lighthouseRun(origin: string, paths: string[]): Promise<PageFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  const figures: PageFigures[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { lhr } = result;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const requests = (lhr.audits["network-requests"]?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
      const scripts = [...new Set(requests.filter((r) => r.resourceType === "Script" && r.url.startsWith(origin)).map((r) => r.url))];
      let gzip = 0;
      for (const url of scripts) gzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 6 }).byteLength;
      figures.push({
        path,
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: Math.round(audit("largest-contentful-paint")),
        cls: Number(audit("cumulative-layout-shift").toFixed(3)),
        tbtMs: Math.round(audit("total-blocking-time")),
        scripts: scripts.length,
        jsGzipKb: Number((gzip / 1024).toFixed(1)),
      });
    }
  } finally {
    await chrome.kill();
  }
  return figures;
}

/** Prints the table; returns the goals missed. */
export function printLighthouse(figures: PageFigures[]): string[] {
  console.log("\nLighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU slowdown), Debian's chromium");
  const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c).padStart(i === 0 ? 40 : 11)).join(" "));
  row(["page", "score", "LCP ms", "CLS", "TBT ms", "scripts", "JS gzip kB"]);
  for (const f of figures) row([f.path, f.score, f.lcpMs, f.cls, f.tbtMs, f.scripts, f.jsGzipKb]);
  const misses = figures.flatMap((f) => [
    ...(f.score < 95 ? [`${f.path}: performance ${f.score} < 95`] : []),
    ...(f.cls > 0.02 ? [`${f.path}: CLS ${f.cls} > 0.02`] : []),
    ...(f.jsGzipKb > 150 ? [`${f.path}: ${f.jsGzipKb} kB of gzip JavaScript > 150`] : []),
  ]);
  console.log(misses.length ? `Goals missed:\n  ${misses.join("\n  ")}` : "All Lighthouse goals met (score ≥ 95, CLS ≤ 0.02, JS ≤ 150 kB gzip).");
  return misses;
}
