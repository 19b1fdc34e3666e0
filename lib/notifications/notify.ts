import type { Tx } from "@/lib/db/client";
import { renderNotification, type NotificationKey, type NotificationParams } from "./texts";

type Message =
  /** A keyed message: shown in each reader's language (lib/notifications/texts). */
  | { kind?: string; key: NotificationKey; params?: NotificationParams; link?: string }
  /** A message written out in Vietnamese. */
  | { kind: string; title: string; body: string; link?: string };

/**
 * An in-app notification, and the same message queued in the outbox for e-mail. Written in the
 * caller's transaction, so a rolled-back change notifies no one. A keyed message also keeps its
 * Vietnamese text (what the e-mail carries).
 */
export async function notify(tx: Tx, userId: string, message: Message): Promise<void> {
  const data =
    "key" in message
      ? { kind: message.kind ?? message.key, key: message.key, params: message.params ?? {}, link: message.link, ...renderNotification(message.key, message.params ?? {}, "vi") }
      : message;
  const notification = await tx.notification.create({ data: { userId, ...data } });
  await tx.notificationOutbox.create({ data: { notificationId: notification.id, channel: "EMAIL" } });
}

/** The same message to every member of a shop. */
export async function notifyShop(tx: Tx, producerId: string, message: Message): Promise<void> {
  const members = await tx.producerMember.findMany({ where: { producerId }, select: { userId: true } });
  for (const { userId } of members) await notify(tx, userId, message);
}

/** The same message to every member of every shop with a product in a session's line-up. */
export async function notifySessionShops(tx: Tx, sessionId: string, message: Message): Promise<void> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`
    SELECT DISTINCT m.user_id
    FROM session_products sp JOIN products p ON p.id = sp.product_id JOIN producer_members m ON m.producer_id = p.producer_id
    WHERE sp.session_id = ${sessionId}::uuid`;
  for (const { user_id } of rows) await notify(tx, user_id, message);
}
