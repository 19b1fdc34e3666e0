import { z } from "zod";
import { defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";

/** Marks all of the user's notifications as read. */
export const markNotificationsRead = defineAction({
  schema: z.object({}),
  roles: ["PRODUCER", "STAFF", "ADMIN"],
  run: async (_input, { user, tx, audit }) => {
    const { count } = await tx.notification.updateMany({ where: { userId: user!.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) await audit({ action: AuditAction.NOTIFICATIONS_READ, entityType: "User", entityId: user!.id, after: { count } });
    return { count };
  },
});
