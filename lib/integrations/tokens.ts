import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AuditAction } from "@/lib/audit/actions";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import type { TokenScope } from "./schema";

/**
 * Integration tokens: a random secret (`ocop_` + 43 base64url characters, 256 bits) given to the
 * partner once; only its SHA-256 is stored, so a database leak reveals no usable token. A fast
 * hash is right here (unlike passwords): the secret is long and random, not guessable.
 */

export type TokenPrincipal = { id: string; name: string; scopes: string[]; createdById: string };

const PREFIX = "ocop_";

export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Why a bearer token is refused; `scope` when it is valid but may not do this. */
export type TokenRefusal = "missing" | "malformed" | "unknown" | "expired" | "revoked" | "scope";

/**
 * The token of an `Authorization: Bearer …` header, checked: present, known, not expired, not
 * revoked, and holding the scope. Records its last use (at most once a minute per token).
 */
export async function authenticateToken(authorization: string | null, scope: TokenScope, now = new Date()): Promise<{ token: TokenPrincipal } | { refusal: TokenRefusal }> {
  if (!authorization) return { refusal: "missing" };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match || !match[1]!.startsWith(PREFIX)) return { refusal: "malformed" };
  const row = await db.integrationToken.findUnique({
    where: { tokenHash: hashToken(match[1]!) },
    select: { id: true, name: true, scopes: true, createdById: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row) return { refusal: "unknown" };
  if (row.revokedAt) return { refusal: "revoked" };
  if (row.expiresAt <= now) return { refusal: "expired" };
  if (!row.scopes.includes(scope)) return { refusal: "scope" };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.integrationToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { token: { id: row.id, name: row.name, scopes: row.scopes, createdById: row.createdById } };
}

/** Asserts, inside an action, that the token may do this (the route checked it too). */
export function assertTokenScope(token: TokenPrincipal | undefined, scope: TokenScope): asserts token is TokenPrincipal {
  if (!token || !token.scopes.includes(scope)) throw new Error(`Token lacks scope ${scope}`);
}

/** A token's read of what the public may not see (drafts) is audited, with the token as the actor. */
export async function auditPrivateRead(token: TokenPrincipal, what: string, query: Record<string, unknown>): Promise<void> {
  await writeAudit(db, { actorId: null, actorTokenId: token.id, action: AuditAction.API_PRIVATE_READ, entityType: "IntegrationToken", entityId: token.id, after: { what, query } });
}
