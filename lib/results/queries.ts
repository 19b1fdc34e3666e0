import "server-only";
import { assertRole, STAFF_ROLES } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { displayStatus } from "@/lib/sessions/status";

/** The latest imports with their provenance: who, when, file name, size, SHA-256, row counts. */
export async function listRecentImports(user: CurrentUser | null, take = 20) {
  assertRole(user, STAFF_ROLES);
  const rows = await db.resultImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, sizeBytes: true, sha256: true, rowCount: true, createdCount: true, updatedCount: true, createdAt: true, importedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), importedBy: r.importedBy.name }));
}

/** A session's figures for the entry form: its line-up with what is recorded, and who recorded it. */
export async function getSessionResults(user: CurrentUser | null, sessionId: string) {
  assertRole(user, STAFF_ROLES);
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const s = await db.liveSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      lineup: { orderBy: { position: "asc" }, select: { product: { select: { id: true, name: true, producer: { select: { name: true } } } } } },
      result: { select: { viewers: true, peakViewers: true, durationMinutes: true, newFollowers: true, source: true, updatedAt: true, enteredBy: { select: { name: true } }, import: { select: { fileName: true, createdAt: true } } } },
      productResults: { select: { productId: true, orders: true, unitsSold: true, gmvVnd: true, note: true, source: true, updatedAt: true, product: { select: { name: true, producer: { select: { name: true } } } } } },
    },
  });
  if (!s) return null;
  const figures = new Map(s.productResults.map((r) => [r.productId, r]));
  const inLineup = new Set(s.lineup.map((l) => l.product.id));
  const row = (id: string, name: string, producer: string) => {
    const r = figures.get(id);
    return { productId: id, name, producer, orders: r?.orders ?? null, units: r?.unitsSold ?? null, gmv: r ? r.gmvVnd.toString() : null, note: r?.note ?? null };
  };
  return {
    id: s.id,
    title: s.title,
    status: s.status,
    startsAt: s.startsAt.toISOString(),
    over: displayStatus(s, new Date()) === "COMPLETED",
    session: s.result
      ? {
          viewers: s.result.viewers,
          peakViewers: s.result.peakViewers,
          durationMinutes: s.result.durationMinutes,
          newFollowers: s.result.newFollowers,
          source: s.result.source,
          updatedAt: s.result.updatedAt.toISOString(),
          enteredBy: s.result.enteredBy?.name ?? null,
          importFile: s.result.import?.fileName ?? null,
        }
      : null,
    lines: [
      ...s.lineup.map((l) => row(l.product.id, l.product.name, l.product.producer.name)),
      ...s.productResults.filter((r) => !inLineup.has(r.productId)).map((r) => row(r.productId, r.product.name, r.product.producer.name)),
    ],
    /** Products whose figures come from the shop's order export (source ORDERS), by name. */
    fromOrders: s.productResults.filter((r) => r.source === "ORDERS").map((r) => r.product.name),
    lastChange: s.productResults.reduce<{ at: string; source: string } | null>((latest, r) => {
      const at = r.updatedAt.toISOString();
      return !latest || at > latest.at ? { at, source: r.source } : latest;
    }, null),
  };
}
