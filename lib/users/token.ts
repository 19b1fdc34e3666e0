import { createHash } from "node:crypto";

/** How a reset token is stored: only its SHA-256, so a database leak gives no usable link. */
export const resetTokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
