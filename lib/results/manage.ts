import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { writeAuditMany } from "@/lib/audit/log";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { CacheTag } from "@/lib/cache-tags";
import type { Tx } from "@/lib/db/client";
import { displayStatus } from "@/lib/sessions/status";
import { foldVietnamese } from "@/lib/text";
import { planImport, resultKey, stagedSize } from "./import";
import { ConfirmImportSchema, ResultsInputSchema } from "./schema";

const tags = () => [CacheTag.results];

/**
 * Records a session's figures by hand: viewers, peak, duration, followers, and per product its
 * orders, units and GMV. A product outside the line-up needs a reason. Before and after are audited.
 */
export const recordResults = defineAction({
  schema: ResultsInputSchema,
  roles: STAFF_ROLES,
  run: async (input, { user, tx, audit }) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM live_sessions WHERE id = ${input.sessionId}::uuid FOR UPDATE`;
    if (!row) throw new ActionError("notFound");
    const session = await tx.liveSession.findUniqueOrThrow({
      where: { id: row.id },
      select: { id: true, status: true, startsAt: true, endsAt: true, lineup: { select: { productId: true } }, result: true, productResults: true },
    });
    // Results are entered once a session is over: completed, or past its end time.
    if (displayStatus(session, new Date()) !== "COMPLETED") throw new ActionError("sessionNotOver");
    const inLineup = new Set(session.lineup.map((l) => l.productId));
    const lines = input.lines.filter((l) => inLineup.has(l.productId) || session.productResults.some((r) => r.productId === l.productId));
    if (lines.length !== input.lines.length) throw new ActionError("productNotInSession");
    const extra: { productId: string; note: string } | null = input.extraProduct
      ? await (async () => {
          const ref = input.extraProduct!;
          const [product] = await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM products WHERE slug = ${ref} OR vn_fold(name) = ${foldVietnamese(ref)} ORDER BY slug = ${ref} DESC LIMIT 2`;
          if (!product) throw new ActionError("productNotFound", "extraProduct");
          if (inLineup.has(product.id)) throw new ActionError("productInLineup", "extraProduct");
          return { productId: product.id, note: input.extraReason! };
        })()
      : null;
    const sessionData = {
      viewers: input.viewers,
      peakViewers: input.peakViewers,
      durationMinutes: input.durationMinutes,
      newFollowers: input.newFollowers,
      source: "MANUAL" as const,
      importId: null,
      enteredById: user!.id,
    };
    await tx.sessionResult.upsert({ where: { sessionId: session.id }, create: { sessionId: session.id, ...sessionData }, update: sessionData });
    const all = [...lines.map((l) => ({ ...l, note: null as string | null })), ...(extra ? [{ ...extra, orders: 0, units: 0, gmv: 0 }] : [])];
    for (const l of all) {
      const figures = { orders: l.orders, unitsSold: l.units, gmvVnd: BigInt(l.gmv), source: "MANUAL" as const, importId: null, ...(l.note ? { note: l.note } : {}) };
      await tx.productResult.upsert({
        where: { sessionId_productId: { sessionId: session.id, productId: l.productId } },
        create: { sessionId: session.id, productId: l.productId, ...figures },
        update: figures,
      });
    }
    const after = await tx.productResult.findMany({ where: { sessionId: session.id }, select: { productId: true, orders: true, unitsSold: true, gmvVnd: true } });
    await audit({
      action: AuditAction.RESULTS_RECORDED,
      entityType: "LiveSession",
      entityId: session.id,
      before: { session: session.result, products: session.productResults.map(({ productId, orders, unitsSold, gmvVnd }) => ({ productId, orders, unitsSold, gmvVnd })) },
      after: { session: sessionData, products: after },
    });
    return { sessionId: session.id };
  },
  tags,
});

const CHUNK = 20_000;

async function upsertLines(tx: Tx, importId: string, lines: { sessionId: string; productId: string; orders: number; units: number; gmv: bigint }[]) {
  for (let i = 0; i < lines.length; i += CHUNK) {
    const part = lines.slice(i, i + CHUNK);
    await tx.$executeRaw`
      INSERT INTO product_results (session_id, product_id, orders, units_sold, gmv_vnd, source, import_id, updated_at)
      SELECT s, p, o, u, g, 'IMPORT'::"ResultSource", ${importId}::uuid, now()
      FROM unnest(${part.map((l) => l.sessionId)}::uuid[], ${part.map((l) => l.productId)}::uuid[], ${part.map((l) => l.orders)}::int[],
                  ${part.map((l) => l.units)}::int[], ${part.map((l) => l.gmv.toString())}::bigint[]) AS f(s, p, o, u, g)
      ON CONFLICT (session_id, product_id) DO UPDATE
        SET orders = EXCLUDED.orders, units_sold = EXCLUDED.units_sold, gmv_vnd = EXCLUDED.gmv_vnd,
            source = EXCLUDED.source, import_id = EXCLUDED.import_id, updated_at = now()
        WHERE (product_results.orders, product_results.units_sold, product_results.gmv_vnd)
              IS DISTINCT FROM (EXCLUDED.orders, EXCLUDED.units_sold, EXCLUDED.gmv_vnd)`;
  }
}

/**
 * Writes a previewed file: all rows in one transaction or none. The file is checked again inside
 * the transaction (the data may have changed since the preview); a file with any problem writes
 * nothing. Importing the same file again changes nothing; a corrected file replaces the figures
 * of its sessions, and each changed session gets an audit entry with before and after.
 */
export const confirmImport = defineAction({
  schema: ConfirmImportSchema,
  roles: STAFF_ROLES,
  run: async ({ sha256, fileName }, { user, tx, audit }) => {
    const size = await stagedSize(sha256);
    if (size === null) throw new ActionError("importMissing");
    // One import at a time: two confirmations of overlapping files cannot interleave.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('results-import'))`;
    const plan = await planImport(tx, sha256);
    if (plan.problemCount > 0) throw new ActionError("importHasProblems");
    if (plan.lines.length === 0) throw new ActionError("importEmpty");
    const viewers = new Map<string, number>();
    for (const l of plan.lines) if (l.viewers !== null) viewers.set(l.sessionId, Math.max(viewers.get(l.sessionId) ?? 0, l.viewers));
    const currentViewers = new Map(
      (await tx.sessionResult.findMany({ where: { sessionId: { in: [...viewers.keys()] } }, select: { sessionId: true, viewers: true, peakViewers: true } })).map((r) => [r.sessionId, r]),
    );
    const viewerChanges = [...viewers].filter(([id, v]) => currentViewers.get(id)?.viewers !== v);
    if (plan.created + plan.updated + plan.removed + viewerChanges.length === 0) return { importId: null, ...counts(plan) };

    const record = await tx.resultImport.create({
      data: { fileName, sizeBytes: size, sha256, rowCount: plan.rows, createdCount: plan.created, updatedCount: plan.updated, importedById: user!.id },
    });
    const inFile = new Set(plan.lines.map((l) => resultKey(l.sessionId, l.productId)));
    const sessionIds = [...new Set(plan.lines.map((l) => l.sessionId))];
    if (plan.removed > 0) {
      await tx.$executeRaw`
        DELETE FROM product_results pr
        WHERE pr.session_id = ANY(${sessionIds}::uuid[])
          AND NOT EXISTS (SELECT 1 FROM unnest(${plan.lines.map((l) => l.sessionId)}::uuid[], ${plan.lines.map((l) => l.productId)}::uuid[]) AS f(s, p)
                          WHERE f.s = pr.session_id AND f.p = pr.product_id)`;
    }
    await upsertLines(tx, record.id, plan.lines);
    for (const [sessionId, v] of viewerChanges) {
      // The file has no peak: a new row starts at 0, an existing one is kept unless above the new total.
      const peak = Math.min(v, currentViewers.get(sessionId)?.peakViewers ?? 0);
      await tx.sessionResult.upsert({
        where: { sessionId },
        create: { sessionId, viewers: v, peakViewers: 0, source: "IMPORT", importId: record.id, enteredById: user!.id },
        update: { viewers: v, peakViewers: peak, source: "IMPORT", importId: record.id, enteredById: user!.id },
      });
    }
    await audit({ action: AuditAction.RESULTS_IMPORTED, entityType: "ResultImport", entityId: record.id, after: record });
    // Per session, what changed: before and after of each line that differs.
    const changes = new Map<string, { before: unknown[]; after: unknown[] }>();
    const note = (sessionId: string) => changes.get(sessionId) ?? changes.set(sessionId, { before: [], after: [] }).get(sessionId)!;
    for (const l of plan.lines) {
      const e = plan.existing.get(resultKey(l.sessionId, l.productId));
      if (e && e.orders === l.orders && e.units === l.units && e.gmv === l.gmv) continue;
      const c = note(l.sessionId);
      if (e) c.before.push({ productId: l.productId, ...e });
      c.after.push({ productId: l.productId, orders: l.orders, units: l.units, gmv: l.gmv });
    }
    for (const [k, e] of plan.existing) {
      if (inFile.has(k)) continue;
      const [sessionId, productId] = k.split("|") as [string, string];
      note(sessionId).before.push({ productId, ...e });
    }
    await writeAuditMany(
      tx,
      [...changes].map(([sessionId, c]) => ({
        actorId: user!.id,
        action: AuditAction.RESULTS_RECORDED,
        entityType: "LiveSession",
        entityId: sessionId,
        before: { products: c.before },
        after: { products: c.after, importId: record.id },
      })),
    );
    return { importId: record.id, ...counts(plan) };
  },
  tags,
  timeoutMs: 300_000,
});

function counts(plan: { rows: number; created: number; updated: number; unchanged: number; removed: number; sessions: number }) {
  return { rows: plan.rows, created: plan.created, updated: plan.updated, unchanged: plan.unchanged, removed: plan.removed, sessions: plan.sessions };
}
