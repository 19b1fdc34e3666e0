import { z } from "zod";
import { notifySessionShops } from "@/lib/notifications/notify";
import { ActionError, defineAction, type ActionContext } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { CacheTag } from "@/lib/cache-tags";
import { displayStatus } from "@/lib/sessions/status";
import { foldVietnamese } from "@/lib/text";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertTokenScope, type TokenPrincipal } from "@/lib/integrations/tokens";
import { lockImports, replanImport, stagedSize, viewerChanges, writeImport, type ImportPlan, type ImportProgress } from "./import";
import { importProgress } from "./progress";
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
    // Every write of results refreshes its days' rollup rows (delete, then insert): two entries
    // for sessions of one Saturday at once would collide there. The imports' lock orders them.
    await lockImports(tx);
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM live_sessions WHERE id = ${input.sessionId}::uuid FOR UPDATE`;
    if (!row) throw new ActionError("notFound");
    const session = await tx.liveSession.findUniqueOrThrow({
      where: { id: row.id },
      select: { id: true, title: true, status: true, startsAt: true, endsAt: true, lineup: { select: { productId: true } }, result: true, productResults: true },
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
            SELECT id FROM products WHERE slug = ${ref} OR name_fold = ${foldVietnamese(ref)} ORDER BY slug = ${ref} DESC LIMIT 2`;
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
      // Figures from order exports stay theirs (with their cancellations and refunds) unless changed here.
      const held = session.productResults.find((r) => r.productId === l.productId);
      if (held?.source === "ORDERS" && held.orders === l.orders && held.unitsSold === l.units && held.gmvVnd === BigInt(l.gmv)) continue;
      const figures = {
        orders: l.orders,
        unitsSold: l.units,
        gmvVnd: BigInt(l.gmv),
        cancelledVnd: 0n,
        refundedVnd: 0n,
        damageVnd: 0n,
        source: "MANUAL" as const,
        importId: null,
        ...(l.note ? { note: l.note } : {}),
      };
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
    await notifySessionShops(tx, session.id, { key: "RESULTS_RECORDED", params: { session: session.title }, link: "/producer/results" });
    return { sessionId: session.id };
  },
  tags,
});

/**
 * Writes a previewed file: all rows in one transaction or none. The file is checked again inside
 * the transaction (the data may have changed since the preview); a file with any problem writes
 * nothing. Importing the same file again changes nothing; a corrected file replaces the figures
 * of its sessions, and each changed session gets an audit entry with before and after.
 * `job` names the progress the page polls while this runs.
 */
export const confirmImport = defineAction({
  schema: ConfirmImportSchema,
  roles: STAFF_ROLES,
  run: ({ sha256, fileName, job }, { user, tx, audit }) => writeStagedImport(tx, { sha256, fileName, job, userId: user!.id, audit }),
  tags,
  timeoutMs: 300_000,
});

/**
 * The confirmation's work inside the caller's transaction, for a staff member already checked:
 * the action above, and the import benchmark (which has no session to act in).
 */
export async function writeStagedImport(
  tx: Tx,
  { sha256, fileName, job, userId, audit }: { sha256: string; fileName: string; job?: string; userId: string; audit: ActionContext["audit"] },
) {
  const size = await stagedSize(sha256);
  if (size === null) throw new ActionError("importMissing");
  const progress = job ? importProgress(job, userId) : undefined;
  const plan = await lockAndReplan(tx, sha256, progress);
  if (plan.problemCount > 0) throw new ActionError("importHasProblems");
  if (plan.rows === 0) throw new ActionError("importEmpty");
  return writePlanned(tx, plan, { sha256, fileName, size, userId, tokenId: null, progress, audit });
}

/** Under the lock, the file checked again: the data may have changed since its preview. */
async function lockAndReplan(tx: Tx, sha256: string, progress?: ImportProgress): Promise<ImportPlan> {
  await lockImports(tx);
  return replanImport(tx, sha256, { progress });
}

/**
 * Writes a checked plan without problems with its provenance (who, when, file, size, sha256,
 * counts): the import page's confirmation and the API's results both end here.
 */
async function writePlanned(
  tx: Tx,
  plan: ImportPlan,
  o: { sha256: string; fileName: string; size: number; userId: string; tokenId: string | null; progress?: ImportProgress; audit: ActionContext["audit"] },
) {
  if (plan.created + plan.updated + plan.removed + (await viewerChanges(tx)) === 0) return { importId: null, ...counts(plan) };
  o.progress?.("write", 0, plan.rows);
  const record = await tx.resultImport.create({
    data: { fileName: o.fileName, sizeBytes: o.size, sha256: o.sha256, rowCount: plan.rows, createdCount: plan.created, updatedCount: plan.updated, importedById: o.userId },
  });
  await writeImport(tx, record.id, o.userId, o.tokenId, plan);
  await tx.$executeRaw`DELETE FROM import_staged_lines WHERE sha256 = ${o.sha256}`;
  await o.audit({ action: AuditAction.RESULTS_IMPORTED, entityType: "ResultImport", entityId: record.id, after: record, ...(o.tokenId ? { actorId: null, actorTokenId: o.tokenId } : {}) });
  o.progress?.("write", plan.rows, plan.rows);
  return { importId: record.id, ...counts(plan) };
}

function counts(plan: { rows: number; created: number; updated: number; unchanged: number; removed: number; sessions: number }) {
  return { rows: plan.rows, created: plan.created, updated: plan.updated, unchanged: plan.unchanged, removed: plan.removed, sessions: plan.sessions };
}

const ApiResultsSchema = z.object({
  sessionId: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(200),
  idempotencyKey: z.string().min(1).max(200).optional(),
  requestHash: z.string().min(1),
});

export type ApiResultsOutcome =
  | { kind: "written"; body: Prisma.JsonObject }
  | { kind: "replayed"; status: number; body: Prisma.JsonValue }
  | { kind: "keyReused" }
  | { kind: "problems"; problems: ImportPlan["problems"]; problemCount: number };

/**
 * A completed session's figures sent through the API with a token (scope `results:write`), staged
 * as a results file of that session (`stageRows`): the same checks, write, provenance and audit
 * as the import page, with the token as the actor. With an Idempotency-Key the answer is kept in
 * the same transaction: a retry with the same key and body gets it again and writes nothing, the
 * same key with another body is refused. A file with problems writes nothing and keeps no key.
 */
export const recordResultsFromApi = defineAction<typeof ApiResultsSchema, ApiResultsOutcome, { token: TokenPrincipal }>({
  schema: ApiResultsSchema,
  roles: "token",
  run: async ({ sessionId, sha256, fileName, idempotencyKey, requestHash }, { tx, extra, audit }) => {
    assertTokenScope(extra?.token, "results:write");
    const token = extra.token;
    await lockImports(tx);
    if (idempotencyKey) {
      const kept = await tx.apiIdempotencyKey.findUnique({ where: { tokenId_key: { tokenId: token.id, key: idempotencyKey } } });
      if (kept) return kept.requestHash === requestHash ? { kind: "replayed", status: kept.status, body: kept.body } : { kind: "keyReused" };
    }
    const size = await stagedSize(sha256);
    if (size === null) throw new ActionError("importMissing");
    const plan = await replanImport(tx, sha256);
    if (plan.problemCount > 0) return { kind: "problems", problems: plan.problems, problemCount: plan.problemCount };
    const written = await writePlanned(tx, plan, { sha256, fileName, size, userId: token.createdById, tokenId: token.id, audit });
    const { importId, rows, created, updated, unchanged, removed } = written;
    const body = { sessionId, importId, rows, created, updated, unchanged, removed };
    // A retry running at the same time waits on the lock above, then finds this answer.
    if (idempotencyKey) await tx.apiIdempotencyKey.create({ data: { tokenId: token.id, key: idempotencyKey, requestHash, status: 200, body } });
    return { kind: "written", body };
  },
  tags,
  timeoutMs: 60_000,
});
