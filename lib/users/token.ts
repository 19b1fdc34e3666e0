import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { RESET_TOKEN_HOURS } from "./schema";

/** How a reset token is stored: only its SHA-256, so a database leak gives no usable link. */
export const resetTokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new one-time token for a user; only its hash is stored, the token itself goes to the admin once. */
export async function issueResetToken(tx: Tx | Db, userId: string, createdById: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // One valid link at a time: older unused ones stop working.
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.passwordResetToken.create({
    data: { userId, tokenHash: resetTokenHash(token), expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3_600_000), createdById },
  });
  return token;
}

