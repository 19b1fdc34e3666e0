/**
 * `npm run import:orders -- --producer <slug> <file> [--dry-run] [--json]`: imports a shop's
 * TikTok Shop order export (CSV or XLSX) as the upload pages do — read, checked line by line,
 * attributed to sessions, written all or nothing — for automation. Against DATABASE_URL, or the
 * embedded PostgreSQL. Prints lines read, matched, attributed, unattributed, duplicates and
 * errors (with line numbers); exits 1 when the file has problems or cannot be read, 2 on bad usage.
 * Audited with no user as the actor (the command line).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { withDatabase } from "./lib/with-database";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const producerAt = args.indexOf("--producer");
const slug = producerAt >= 0 ? args[producerAt + 1] : undefined;
const file = args.filter((a, i) => !a.startsWith("--") && i !== producerAt + 1)[0];
const json = flag("--json");
if (!slug || !file) {
  console.error("Usage: npm run import:orders -- --producer <slug> <file> [--dry-run] [--json]");
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(1);
}

await withDatabase((m) => !json && console.error(m), async (database) => {
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, TRANSACTION_OPTIONS } = await import("@/lib/db/client");
  const { confirmStagedOrders, previewOrderImport, stageOrderFile } = await import("@/lib/orders/import");
  const producer = await db.producer.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!producer) throw new Error(`No producer with the slug "${slug}".`);
  const { sha256 } = await stageOrderFile(file);
  const plan = await previewOrderImport(producer.id, sha256);
  let written: { importId: string | null; sessionsChanged: number } | null = null;
  if (plan.problemCount === 0 && plan.rows > 0 && !flag("--dry-run")) {
    written = await db.$transaction((tx) => confirmStagedOrders(tx, { producerId: producer.id, sha256, fileName: path.basename(file), actorId: null }), { ...TRANSACTION_OPTIONS, timeout: 300_000 });
  }
  const report = {
    producer: producer.name,
    file: path.basename(file),
    dryRun: flag("--dry-run"),
    written: written !== null,
    linesRead: plan.rows,
    matched: plan.matched,
    attributed: plan.attributed,
    unattributed: plan.unattributed,
    duplicates: plan.duplicates,
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    sessions: plan.sessions,
    grossVnd: plan.gross,
    cancelledVnd: plan.cancelled,
    refundedVnd: plan.refunded,
    damageVnd: plan.damage,
    unknownSkus: plan.unknownSkus,
    errors: plan.problemCount,
    problems: plan.problems,
  };
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.file} — ${report.producer}${report.dryRun ? " (dry run: nothing written)" : ""}`);
    for (const [label, value] of [["lines read", plan.rows], ["matched", plan.matched], ["attributed", plan.attributed], ["unattributed", plan.unattributed], ["duplicates", plan.duplicates], ["errors", plan.problemCount]] as const) {
      console.log(`  ${label.padEnd(13)} ${value}`);
    }
    console.log(`  new ${plan.created}, updated ${plan.updated}, unchanged ${plan.unchanged}; gross ${plan.gross} ₫, cancelled ${plan.cancelled} ₫, refunded ${plan.refunded} ₫ (damage ${plan.damage} ₫)`);
    for (const s of plan.unknownSkus) console.log(`  SKU not linked to a product: ${s.sku} (${s.name}, ${s.lines} lines)`);
    for (const p of plan.problems) console.log(`  line ${p.line}: ${p.key}${p.detail ? ` — ${p.detail}` : ""}`);
    if (written) console.log(written.importId ? `Written: ${written.sessionsChanged} sessions' figures updated.` : "Nothing changed: this export was imported before.");
  }
  if (plan.problemCount > 0 || plan.rows === 0) process.exitCode = 1;
  await db.$disconnect();
});
