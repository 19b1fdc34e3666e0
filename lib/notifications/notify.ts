import type { Tx } from "@/lib/db/client";

/**
 * An in-app notification, and the same message queued in the outbox for e-mail (or Zalo) once a
 * sender is plugged in. Written in the caller's transaction, so a rolled-back change notifies no one.
 */
export async function notify(
  tx: Tx,
  userId: string,
  message: { kind: string; title: string; body: string; link?: string },
): Promise<void> {
  const notification = await tx.notification.create({ data: { userId, ...message } });
  await tx.notificationOutbox.create({ data: { notificationId: notification.id, channel: "EMAIL" } });
}
