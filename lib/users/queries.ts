import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role, UserStatus } from "@/lib/db/generated/enums";
import { resetTokenHash } from "./token";

export const USERS_PAGE_SIZE = 50;
export const USER_SORTS = ["name", "email", "role", "createdAt", "lastSignInAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export type UserFilters = { q?: string; role?: Role; status?: UserStatus; sort: UserSort; dir: "asc" | "desc"; page: number };

export function parseUserFilters(params: Record<string, string | string[] | undefined>): UserFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const role = one("role");
  const status = one("status");
  const sort = one("sort");
  const page = Number(one("page"));
  return {
    q: one("q")?.trim().slice(0, 100) || undefined,
    role: role === "ADMIN" || role === "STAFF" || role === "PRODUCER" ? role : undefined,
    status: status === "ACTIVE" || status === "DISABLED" ? status : undefined,
    sort: USER_SORTS.includes(sort as UserSort) ? (sort as UserSort) : "name",
    dir: one("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Accounts, filtered, sorted and paged in SQL. Admins only. */
export async function listUsers(user: CurrentUser | null, f: UserFilters) {
  assertRole(user, ["ADMIN"]);
  const where: Prisma.UserWhereInput = {
    ...(f.role ? { role: f.role } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.q ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { email: { contains: f.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [f.sort === "lastSignInAt" ? { lastSignInAt: { sort: f.dir, nulls: "last" } } : { [f.sort]: f.dir }, { id: "asc" }],
      skip: (f.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, status: true, createdAt: true, lastSignInAt: true },
    }),
    db.user.count({ where }),
  ]);
  return {
    items: rows.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), lastSignInAt: u.lastSignInAt?.toISOString() ?? null })),
    total,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** Whether a reset link is still usable, for the reset page (never says whose it is). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: resetTokenHash(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(row && !row.usedAt && row.expiresAt.getTime() > Date.now());
}

/** The caller's own account: who they are and how many sessions of theirs are live. */
export async function getOwnAccount(user: CurrentUser) {
  const liveSessions = await db.userSession.count({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } } });
  return { name: user.name, email: user.email, role: user.role, liveSessions };
}
