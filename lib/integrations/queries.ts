import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

export type TokenRow = { id: string; name: string; prefix: string; scopes: string[]; status: "active" | "revoked" | "expired"; expiresAt: string; revokedAt: string | null; lastUsedAt: string | null; createdBy: string; createdAt: string };

/** Every integration token, newest first, without its hash. Admins only. */
export async function listIntegrationTokens(user: CurrentUser | null, now = new Date()): Promise<TokenRow[]> {
  assertRole(user, ["ADMIN"]);
  const rows = await db.integrationToken.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    status: r.revokedAt ? "revoked" : r.expiresAt <= now ? "expired" : "active",
    expiresAt: r.expiresAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    createdBy: r.createdBy.name,
    createdAt: r.createdAt.toISOString(),
  }));
}
