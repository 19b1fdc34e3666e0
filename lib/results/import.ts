import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db, Tx } from "@/lib/db/client";
import { uploadDir } from "@/lib/media/files";
import { foldVietnamese } from "@/lib/text";
import { displayStatus } from "@/lib/sessions/status";
import { vnDateOf, vnDayBounds, vnTimeOf } from "@/lib/time";
import { mapHeaders, parseCsv, parseFigure, type ResultColumn } from "./csv";

/** An import file is at most this big (about a million lines). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

export type ImportProblemKey =
  | "missingColumns"
  | "unknownSession"
  | "productNotFound"
  | "productAmbiguous"
  | "notANumber"
  | "duplicateRow"
  | "sessionNotCompleted";

export type ImportProblem = { line: number; key: ImportProblemKey; detail?: string };

type Line = { line: number; sessionId: string; productId: string; orders: number; units: number; gmv: bigint; viewers: number | null };

export type ImportPlan = {
  rows: number;
  sessions: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Lines of the file's sessions that the file no longer has: a corrected file replaces them. */
  removed: number;
  problems: ImportProblem[];
  /** How many problems there are in all; `problems` keeps the first 200. */
  problemCount: number;
  lines: Line[];
  existing: Map<string, { orders: number; units: number; gmv: bigint }>;
};

const MAX_PROBLEMS_SHOWN = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a previewed file waits for its confirmation, named by its content's SHA-256. */
export function stagedPath(sha256: string): string {
  return path.join(uploadDir(), "imports", `${sha256}.csv`);
}

/** Stores an uploaded file under its SHA-256 (never its own name) for preview and confirmation. */
export async function stageImport(file: File): Promise<{ sha256: string; size: number }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = stagedPath(sha256);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, target);
  return { sha256, size: bytes.byteLength };
}

export async function stagedSize(sha256: string): Promise<number | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  return stat(stagedPath(sha256)).then((s) => s.size, () => null);
}

const key = (sessionId: string, productId: string) => `${sessionId}|${productId}`;
const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, " ").trim();

/**
 * Reads a staged file and checks every row against the database: which sessions and products it
 * names, whether the figures are whole non-negative numbers, duplicates, sessions not yet over.
 * Nothing is written. Runs on `client` so that the confirmation can plan inside its transaction.
 */
export async function planImport(client: Db | Tx, sha256: string, now = new Date()): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const problem = (p: ImportProblem) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS_SHOWN) problems.push(p);
  };
  type Raw = { line: number; session: string; date: string; channel: string; time: string; product: string; orders: number; units: number; gmv: number; viewers: number | null };
  const raws: Raw[] = [];
  let index: Partial<Record<ResultColumn, number>> | null = null;
  let rows = 0;
  for await (const { line, cells } of parseCsv(createReadStream(stagedPath(sha256), { encoding: "utf8" }))) {
    if (!index) {
      const mapped = mapHeaders(cells);
      if (mapped.missing.length) {
        problem({ line, key: "missingColumns", detail: mapped.missing.join(", ") });
        break;
      }
      index = mapped.index;
      continue;
    }
    rows += 1;
    const cell = (c: ResultColumn) => (index![c] === undefined ? "" : (cells[index![c]!] ?? "").trim());
    const figures: Record<"orders" | "units" | "gmv", number | null> = { orders: parseFigure(cell("orders")), units: parseFigure(cell("units")), gmv: parseFigure(cell("gmv")) };
    const bad = (Object.entries(figures) as [string, number | null][]).filter(([, v]) => v === null).map(([k]) => k);
    const viewersText = cell("viewers");
    const viewers = viewersText ? parseFigure(viewersText) : null;
    if (viewersText && viewers === null) bad.push("viewers");
    if (bad.length) {
      problem({ line, key: "notANumber", detail: bad.join(", ") });
      continue;
    }
    raws.push({ line, session: cell("sessionId"), date: cell("date"), channel: cell("channel"), time: cell("startTime"), product: cell("product"), orders: figures.orders!, units: figures.units!, gmv: figures.gmv!, viewers });
  }

  // Sessions, by id or by date + channel + local start time: a few queries for the whole file.
  const ids = [...new Set(raws.map((r) => r.session).filter((s) => UUID.test(s)))];
  const dates = [...new Set(raws.filter((r) => !r.session && /^\d{4}-\d{2}-\d{2}$/.test(r.date)).map((r) => r.date))];
  const sessionRows = await client.liveSession.findMany({
    where: {
      OR: [
        { id: { in: ids } },
        ...dates.map((d) => {
          const { start, end } = vnDayBounds(d);
          return { startsAt: { gte: start, lt: end } };
        }),
      ],
    },
    select: { id: true, status: true, startsAt: true, endsAt: true, channel: { select: { name: true, tiktokHandle: true } } },
  });
  const byId = new Map(sessionRows.map((s) => [s.id, s]));
  const bySlot = new Map<string, (typeof sessionRows)[number]>();
  if (dates.length) {
    for (const s of sessionRows) {
      const slot = `${vnDateOf(s.startsAt)}|%s|${vnTimeOf(s.startsAt)}`;
      for (const name of [s.channel.name, s.channel.tiktokHandle, `@${s.channel.tiktokHandle}`]) bySlot.set(slot.replace("%s", fold(name)), s);
    }
  }
  const normTime = (t: string) => (/^\d{1,2}:\d{2}/.test(t) ? t.padStart(5, "0").slice(0, 5) : t);

  // Products, by slug (the SKU the centre gives) or by exact name, accents ignored.
  const refs = [...new Set(raws.map((r) => r.product).filter(Boolean))];
  const productRows = refs.length
    ? await client.$queryRaw<{ id: string; slug: string; folded: string }[]>`
        SELECT id, slug, vn_fold(name) AS folded FROM products
        WHERE slug = ANY(${refs}) OR vn_fold(name) = ANY(${refs.map(fold)})`
    : [];
  const bySlug = new Map(productRows.map((p) => [p.slug, p.id]));
  const byName = new Map<string, string[]>();
  for (const p of productRows) byName.set(p.folded, [...(byName.get(p.folded) ?? []), p.id]);

  const lines: Line[] = [];
  const seen = new Map<string, number>();
  for (const r of raws) {
    const session = r.session ? byId.get(r.session) : bySlot.get(`${r.date}|${fold(r.channel)}|${normTime(r.time)}`);
    if (!session) {
      problem({ line: r.line, key: "unknownSession", detail: r.session || `${r.date} ${r.channel} ${r.time}` });
      continue;
    }
    if (displayStatus(session, now) !== "COMPLETED") {
      problem({ line: r.line, key: "sessionNotCompleted", detail: r.session || `${r.date} ${r.channel} ${r.time}` });
      continue;
    }
    const named = byName.get(fold(r.product)) ?? [];
    const productId = bySlug.get(r.product) ?? (named.length === 1 ? named[0] : undefined);
    if (!productId) {
      problem({ line: r.line, key: named.length > 1 ? "productAmbiguous" : "productNotFound", detail: r.product });
      continue;
    }
    const k = key(session.id, productId);
    const first = seen.get(k);
    if (first !== undefined) {
      problem({ line: r.line, key: "duplicateRow", detail: String(first) });
      continue;
    }
    seen.set(k, r.line);
    lines.push({ line: r.line, sessionId: session.id, productId, orders: r.orders, units: r.units, gmv: BigInt(r.gmv), viewers: r.viewers });
  }

  const sessionIds = [...new Set(lines.map((l) => l.sessionId))];
  const existingRows = sessionIds.length
    ? await client.productResult.findMany({ where: { sessionId: { in: sessionIds } }, select: { sessionId: true, productId: true, orders: true, unitsSold: true, gmvVnd: true } })
    : [];
  const existing = new Map(existingRows.map((e) => [key(e.sessionId, e.productId), { orders: e.orders, units: e.unitsSold, gmv: e.gmvVnd }]));
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const l of lines) {
    const e = existing.get(key(l.sessionId, l.productId));
    if (!e) created += 1;
    else if (e.orders !== l.orders || e.units !== l.units || e.gmv !== l.gmv) updated += 1;
    else unchanged += 1;
  }
  return { rows, sessions: sessionIds.length, created, updated, unchanged, removed: existing.size - (updated + unchanged), problems, problemCount, lines, existing };
}

export { key as resultKey };
