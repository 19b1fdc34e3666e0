import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { addDays, vnInstant } from "@/lib/time";
import { AuditAction } from "./actions";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_ENTITY_TYPES = ["User", "Producer", "Product", "LiveSession", "SessionApplication", "Host", "Channel", "Notification"] as const;

export type AuditFilters = { actor?: string; entityType?: string; entityId?: string; action?: string; from?: string; to?: string; before?: bigint; signIns?: boolean };

/** Sign-ins and sign-outs: most of the log by count, little of what staff look for; shown when asked. */
export const SIGN_IN_ACTIONS: string[] = [AuditAction.USER_SIGNED_IN, AuditAction.USER_SIGN_IN_REFUSED, AuditAction.USER_SIGNED_OUT, AuditAction.USER_SIGNED_OUT_EVERYWHERE];

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (key: string) => (typeof params[key] === "string" && params[key] ? (params[key] as string).trim() : undefined);
  const date = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(one(key) ?? "") ? one(key) : undefined);
  const before = one("before");
  return {
    actor: one("actor")?.slice(0, 100),
    entityType: AUDIT_ENTITY_TYPES.includes(one("entityType") as never) ? one("entityType") : undefined,
    entityId: /^[0-9a-f-]{36}$/i.test(one("entityId") ?? "") ? one("entityId") : undefined,
    action: one("action") && one("action")! in AuditAction ? one("action") : undefined,
    from: date("from"),
    to: date("to"),
    before: before && /^\d{1,18}$/.test(before) ? BigInt(before) : undefined,
    signIns: one("signins") === "1" || undefined,
  };
}

export type AuditRow = {
  id: string;
  createdAt: string;
  actor: { name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  /** The fields that differ between before and after (all of after for a creation). */
  changes: { field: string; before: unknown; after: unknown }[];
};

// The folded names are kept by PostgreSQL from the names (generated columns): not a change of their own.
const HIDDEN = new Set(["passwordHash", "updatedAt", "nameFold", "titleFold"]);

/** The changed fields of an audit entry; nothing secret is ever shown. */
export function changedFields(before: unknown, after: unknown): AuditRow["changes"] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

/** The audit trail, newest first, filtered and paged (keyset on id) in SQL. Staff and admins. */
export async function listAudit(user: CurrentUser | null, f: AuditFilters): Promise<{ items: AuditRow[]; next: string | null }> {
  assertRole(user, STAFF_ROLES);
  const where: Prisma.AuditLogWhereInput = {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    // One entity's history, or one kind of action, is shown whole; the general list leaves out
    // sign-ins unless asked for them.
    ...(f.action ? { action: f.action } : f.entityId || f.signIns ? {} : { action: { notIn: SIGN_IN_ACTIONS } }),
    ...(f.actor ? { actor: { OR: [{ email: { contains: f.actor, mode: "insensitive" } }, { name: { contains: f.actor, mode: "insensitive" } }] } } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: vnInstant(f.from) } : {}), ...(f.to ? { lt: vnInstant(addDays(f.to, 1)) } : {}) } } : {}),
    ...(f.before ? { id: { lt: f.before } } : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } }, actorToken: { select: { name: true, prefix: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    items: page.map((r) => ({
      id: r.id.toString(),
      createdAt: r.createdAt.toISOString(),
      // A change through the API names its integration token as the actor.
      actor: r.actor ?? (r.actorToken ? { name: `API · ${r.actorToken.name}`, email: `${r.actorToken.prefix}…` } : null),
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      changes: changedFields(r.before, r.after),
    })),
    next: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}
