import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";

/**
 * What every benchmark prints and how it ends: the commit, the date and the machine's load beside
 * its figures (so a figure in the README can be reproduced, or told apart from a busy day), and a
 * non-zero exit when a budget was missed or anything logged an error on the way. A run that
 * passes through an error is not a measurement.
 */
const misses: string[] = [];
let errors = 0;

export function benchHeader(name: string): void {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {
    // not a git checkout: said as "unknown"
  }
  const [one, five] = loadavg();
  console.log(`${name} — commit ${commit}, ${new Date().toISOString()}, ${cpus().length} CPUs, load average ${one!.toFixed(2)} (1 min) ${five!.toFixed(2)} (5 min)`);
  // Errors logged by the code under measurement (an action that failed, a driver warning) fail the run.
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors += 1;
    original(...args);
  };
  process.on("warning", (warning) => {
    errors += 1;
    original(`warning: ${warning.name}: ${warning.message}`);
  });
}

/** Records a budget: `ok` false is a miss, printed at the end and failing the run. */
export function budget(ok: boolean, what: string): boolean {
  if (!ok) misses.push(what);
  return ok;
}

/** Prints the verdict and sets the exit status; call once, at the end. */
export function benchVerdict(): void {
  const [one] = loadavg();
  if (misses.length) console.log(`\nBudgets missed (${misses.length}):\n  ${misses.join("\n  ")}`);
  if (errors) console.log(`\n${errors} error(s) or warning(s) were logged during the run.`);
  console.log(`${misses.length || errors ? "✗ FAILED" : "✓ every budget met"} — load average at the end ${one!.toFixed(2)}`);
  if (misses.length || errors) process.exitCode = 1;
}

/**
 * Prints one row of a bench's table: the first cell padded to `first` characters (on the left, or
 * on the right with `alignFirst: "right"`), each other cell right-aligned to its width (9 unless given).
 */
export function printRow(cells: (string | number)[], first: number, { widths = [], alignFirst = "left" }: { widths?: number[]; alignFirst?: "left" | "right" } = {}): void {
  console.log(
    cells
      .map((c, i) => (i > 0 ? String(c).padStart(widths[i] ?? 9) : alignFirst === "left" ? String(c).padEnd(first) : String(c).padStart(first)))
      .join(" "),
  );
}

