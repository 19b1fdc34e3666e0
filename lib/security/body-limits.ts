import type { Role } from "@/lib/db/generated/enums";

/**
 * How large a server action's request may be, decided before its body is read (by the server in
 * scripts/start.ts, from the Next-Action header and the Content-Length). Next's own limit
 * (serverActions.bodySizeLimit in next.config.ts) has to fit the largest upload, and applies to
 * every action, anonymous ones included: a 62 MB post to registration was read and parsed before
 * its validation failed. Here, each action gets only what it needs: uploads and the import for
 * the roles that may use them, 1 MB for everything else.
 */
const MB = 1024 * 1024;
export const DEFAULT_ACTION_BODY_BYTES = 1 * MB;

type Allowance = { maxBytes: number; roles: readonly Role[] | null };

/** Registry keys as in lib/security/access.ts (module path # export). */
export const LARGE_ACTION_BODIES: Record<string, Allowance> = {
  // Up to 8 photos of 5 MB and a 10 MB certificate scan.
  "lib/products/actions.ts#saveProductAction": { maxBytes: 52 * MB, roles: ["PRODUCER"] },
  // A 5 MB logo.
  "lib/producers/actions.ts#updateShopAction": { maxBytes: 6 * MB, roles: ["PRODUCER"] },
  // Registration may carry the shop's logo; it is open to visitors, so no more than that.
  "lib/producers/actions.ts#registerAction": { maxBytes: 6 * MB, roles: null },
  // A results file of up to 64 MB (IMPORT_MAX_BYTES).
  "lib/results/actions.ts#previewImportAction": { maxBytes: 66 * MB, roles: ["STAFF", "ADMIN"] },
};

/** The largest body this action takes from a caller of this role (null: a visitor). */
export function actionBodyLimit(action: string | undefined, role: Role | null): number {
  const allowance = action ? LARGE_ACTION_BODIES[action] : undefined;
  if (!allowance) return DEFAULT_ACTION_BODY_BYTES;
  if (allowance.roles && (!role || !allowance.roles.includes(role))) return DEFAULT_ACTION_BODY_BYTES;
  return allowance.maxBytes;
}

/** True when a body of this size needs to know the caller's role to be allowed at all. */
export function needsRole(action: string | undefined, bytes: number): boolean {
  const allowance = action ? LARGE_ACTION_BODIES[action] : undefined;
  return Boolean(allowance?.roles) && bytes > DEFAULT_ACTION_BODY_BYTES && bytes <= allowance!.maxBytes;
}
