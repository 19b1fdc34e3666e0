import { HostForm } from "@/components/admin/reference-forms";
import { ReferenceTable } from "@/components/admin/reference-table";
import { requireRole } from "@/lib/auth/guards";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listHosts } from "@/lib/reference/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.hosts.title);

export default async function Hosts({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ edit?: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["ADMIN"], locale, localePath(locale, "/admin/hosts"));
  const t = getMessages(locale).staff;
  const { edit } = await searchParams;
  const hosts = await listHosts(user, { withSessions: true });
  const editing = hosts.find((h) => h.id === edit);
  const base = localePath(locale, "/admin/hosts");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.hosts.title}</h1>
      <HostForm
        key={editing?.id ?? "new"}
        title={editing ? t.hosts.editTitle : t.hosts.create}
        values={editing ? { id: editing.id, name: editing.name, tiktokHandle: editing.tiktokHandle, mcn: editing.mcn ?? "" } : {}}
        t={t}
      />
      <ReferenceTable kind="host" label={t.hosts.title} rows={hosts.map((h) => ({ ...h, extra: h.mcn }))} extra={t.hosts.mcn} editHref={(id) => `${base}?edit=${id}`} t={t} />
    </div>
  );
}
