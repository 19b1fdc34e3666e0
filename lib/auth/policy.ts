import type { Role } from "@/lib/db/generated/enums";
import type { CurrentUser } from "./users";

/** Thrown by guards outside page rendering (actions, route handlers, tests). */
export class AuthorizationError extends Error {
  constructor(
    readonly kind: "UNAUTHENTICATED" | "FORBIDDEN",
    message = kind === "UNAUTHENTICATED" ? "Sign-in required" : "Not allowed",
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

/** Staff work is open to admins too: an admin does everything staff do. */
export const STAFF_ROLES: readonly Role[] = ["STAFF", "ADMIN"];

export function assertRole(user: CurrentUser | null, roles: readonly Role[]): CurrentUser {
  if (!user) throw new AuthorizationError("UNAUTHENTICATED");
  if (!roles.includes(user.role)) throw new AuthorizationError("FORBIDDEN");
  return user;
}

/** A producer may act on their own shop only; staff and admins on any. */
export function assertProducerAccess(user: CurrentUser | null, producerId: string): CurrentUser {
  const checked = assertRole(user, ["PRODUCER", ...STAFF_ROLES]);
  if (checked.role === "PRODUCER" && !checked.producerIds.includes(producerId)) {
    throw new AuthorizationError("FORBIDDEN");
  }
  return checked;
}

/** Where a user lands after signing in. */
export function landingPath(role: Role): "/admin" | "/producer" {
  return role === "PRODUCER" ? "/producer" : "/admin";
}
