import { ActionError, defineAction } from "@/lib/action";
import { AuditAction } from "@/lib/audit/actions";
import { CacheTag } from "@/lib/cache-tags";
import { ChannelSchema, HostSchema, SetActiveSchema } from "./schema";
import { isUniqueViolation } from "@/lib/db/errors";

const ADMIN = ["ADMIN"] as const;
const tags = () => [CacheTag.sessions];

/** Creates or edits a host; a TikTok handle belongs to one host only. */
export const saveHost = defineAction({
  schema: HostSchema,
  roles: ADMIN,
  run: async ({ hostId, ...fields }, { tx, audit }) => {
    const clash = await tx.host.findFirst({ where: { tiktokHandle: fields.tiktokHandle, ...(hostId ? { id: { not: hostId } } : {}) }, select: { id: true } });
    if (clash) throw new ActionError("handleTaken", "tiktokHandle");
    if (!hostId) {
      const host = await tx.host.create({ data: fields });
      await audit({ action: AuditAction.REFERENCE_DATA_CHANGED, entityType: "Host", entityId: host.id, after: host });
      return { id: host.id };
    }
    const before = await tx.host.findUnique({ where: { id: hostId } });
    if (!before) throw new ActionError("notFound");
    const after = await tx.host.update({ where: { id: hostId }, data: fields });
    await audit({ action: AuditAction.REFERENCE_DATA_CHANGED, entityType: "Host", entityId: hostId, before, after });
    return { id: hostId };
  },
  onError: async (error) => (isUniqueViolation(error) ? new ActionError("handleTaken", "tiktokHandle") : null),
  tags,
});

/** Creates or edits a channel (a TikTok Shop account). */
export const saveChannel = defineAction({
  schema: ChannelSchema,
  roles: ADMIN,
  run: async ({ channelId, ...fields }, { tx, audit }) => {
    const clash = await tx.channel.findFirst({ where: { tiktokHandle: fields.tiktokHandle, ...(channelId ? { id: { not: channelId } } : {}) }, select: { id: true } });
    if (clash) throw new ActionError("handleTaken", "tiktokHandle");
    if (!channelId) {
      const channel = await tx.channel.create({ data: fields });
      await audit({ action: AuditAction.REFERENCE_DATA_CHANGED, entityType: "Channel", entityId: channel.id, after: channel });
      return { id: channel.id };
    }
    const before = await tx.channel.findUnique({ where: { id: channelId } });
    if (!before) throw new ActionError("notFound");
    const after = await tx.channel.update({ where: { id: channelId }, data: fields });
    await audit({ action: AuditAction.REFERENCE_DATA_CHANGED, entityType: "Channel", entityId: channelId, before, after });
    return { id: channelId };
  },
  onError: async (error) => (isUniqueViolation(error) ? new ActionError("handleTaken", "tiktokHandle") : null),
  tags,
});

/**
 * Deactivates (or reactivates) a host or channel. Its past and planned sessions stay; it can no
 * longer be chosen for a session.
 */
export const setReferenceActive = defineAction({
  schema: SetActiveSchema,
  roles: ADMIN,
  run: async ({ kind, id, active }, { tx, audit }) => {
    const before = kind === "host" ? await tx.host.findUnique({ where: { id } }) : await tx.channel.findUnique({ where: { id } });
    if (!before) throw new ActionError("notFound");
    if (kind === "host") await tx.host.update({ where: { id }, data: { active } });
    else await tx.channel.update({ where: { id }, data: { active } });
    await audit({ action: AuditAction.REFERENCE_DATA_CHANGED, entityType: kind === "host" ? "Host" : "Channel", entityId: id, before: { active: before.active }, after: { active } });
    return { id, active };
  },
  tags,
});

