import "server-only";
import type { CurrentUser } from "@/lib/auth/users";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { OCOP_GROUPS } from "@/lib/ocop";
import { PROVINCES } from "@/lib/provinces/data";
import { listChannels, listHosts } from "@/lib/reference/queries";

/** The choices of the session form: active hosts and channels (plus the session's own, even if deactivated since). */
export async function sessionFormOptions(user: CurrentUser | null, locale: Locale, keep: { hostId?: string; channelId?: string } = {}) {
  const [hosts, channels] = await Promise.all([listHosts(user), listChannels(user)]);
  const groups = getMessages(locale).groups;
  return {
    hosts: hosts.filter((h) => h.active || h.id === keep.hostId).map((h) => ({ value: h.id, label: `${h.name} (@${h.tiktokHandle})` })),
    channels: channels.filter((c) => c.active || c.id === keep.channelId).map((c) => ({ value: c.id, label: c.name })),
    provinces: PROVINCES.map((p) => ({ value: String(p.id), label: p.name })),
    groups: OCOP_GROUPS.map((g) => ({ value: String(g.id), label: groups[g.id] })),
  };
}
