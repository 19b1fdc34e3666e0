import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";

export type OwnNotification = { id: string; title: string; body: string; link: string | null; createdAt: string; read: boolean };

/** The signed-in user's latest notifications; never anyone else's. */
export async function listOwnNotifications(user: CurrentUser | null, take = 10): Promise<{ items: OwnNotification[]; unread: number }> {
  const checked = assertRole(user, ["PRODUCER", "STAFF", "ADMIN"]);
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: checked.id },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where: { userId: checked.id, readAt: null } }),
  ]);
  return {
    items: items.map(({ readAt, createdAt, ...n }) => ({ ...n, createdAt: createdAt.toISOString(), read: readAt !== null })),
    unread,
  };
}
