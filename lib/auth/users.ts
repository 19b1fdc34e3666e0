import { db as defaultDb, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The shops this user manages (producers); empty for staff. */
  producerIds: string[];
};

/**
 * The user behind a session, re-read from the database on every request so that disabling an
 * account or changing a role takes effect on the next request, whatever the session token says.
 */
export async function loadActiveUser(id: string, database: Db = defaultDb): Promise<CurrentUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return toCurrentUser(await database.user.findUnique({ where: { id }, select: CURRENT_USER_SELECT }));
}

/** The columns a CurrentUser is made of (also read through a session: lib/auth/sessions.ts). */
export const CURRENT_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  status: true,
  memberships: { select: { producerId: true } },
} as const;

type UserRow = { id: string; email: string; name: string; role: Role; status: string; memberships: { producerId: string }[] };

/** An active user's row as a CurrentUser; null for none or a disabled one. */
export function toCurrentUser(user: UserRow | null): CurrentUser | null {
  if (!user || user.status !== "ACTIVE") return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, producerIds: user.memberships.map((m) => m.producerId) };
}
