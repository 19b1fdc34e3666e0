import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { isNotificationKey, renderNotification, type NotificationParams } from "./texts";

export type OwnNotification = { id: string; title: string; body: string; link: string | null; createdAt: string; read: boolean };

/** The signed-in user's latest notifications; never anyone else's. */
export async function listOwnNotifications(user: CurrentUser | null, locale: Locale = "vi", take = 10): Promise<{ items: OwnNotification[]; unread: number }> {
  const checked = assertRole(user, ["PRODUCER", "STAFF", "ADMIN"]);
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: checked.id },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, title: true, body: true, key: true, params: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where: { userId: checked.id, readAt: null } }),
  ]);
  return {
    items: items.map(({ readAt, createdAt, key, params, ...n }) => ({
      ...n,
      // In the reader's language when the message has a key; older ones as they were written.
      ...(isNotificationKey(key) ? renderNotification(key, (params ?? {}) as NotificationParams, locale) : {}),
      createdAt: createdAt.toISOString(),
      read: readAt !== null,
    })),
    unread,
  };
}
