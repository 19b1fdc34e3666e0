import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditAction } from "./actions";

export type AuditEntry = {
  actorId: string | null;
  /** The integration token that made the change through the API (then the token is the actor). */
  actorTokenId?: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** JSON for the audit columns: BigInt and Date become strings, undefined fields drop out. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function writeAudit(tx: Db | Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorTokenId: entry.actorTokenId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/**
 * Many audit rows in one statement (a results import touching thousands of sessions): the JSON is
 * made here and sent as arrays, which is far lighter than one object per row through the ORM.
 */
export async function writeAuditMany(tx: Db | Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const json = (value: unknown) =>
    value === undefined || value === null ? null : JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  await tx.$executeRaw`
    INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after)
    SELECT a, b, c, d, e::jsonb, f::jsonb
    FROM unnest(${entries.map((e) => e.actorId)}::uuid[], ${entries.map((e) => e.action)}::text[], ${entries.map((e) => e.entityType)}::text[],
                ${entries.map((e) => e.entityId)}::text[], ${entries.map((e) => json(e.before))}::text[], ${entries.map((e) => json(e.after))}::text[]) AS t(a, b, c, d, e, f)`;
}
