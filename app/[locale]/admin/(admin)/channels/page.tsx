import { ChannelForm } from "@/components/admin/reference-forms";
import { ReferenceTable } from "@/components/admin/reference-table";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listChannels } from "@/lib/reference/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.channels.title);

export default async function Channels({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ edit?: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["ADMIN"], locale, localePath(locale, "/admin/channels"));
  const t = getMessages(locale).staff;
  const { edit } = await searchParams;
  const channels = await listChannels(user, { withSessions: true });
  const editing = channels.find((c) => c.id === edit);
  const base = localePath(locale, "/admin/channels");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.channels.title}</h1>
      <ChannelForm
        key={editing?.id ?? "new"}
        title={editing ? t.channels.editTitle : t.channels.create}
        values={editing ? { id: editing.id, name: editing.name, tiktokHandle: editing.tiktokHandle, url: editing.url } : {}}
        t={t}
      />
      <ReferenceTable kind="channel" label={t.channels.title} rows={channels.map((c) => ({ ...c, extra: c.url }))} extra={t.channels.url} editHref={(id) => `${base}?edit=${id}`} t={t} />
    </div>
  );
}
