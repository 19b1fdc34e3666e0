import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { DataTable } from "@/components/ui/data-table";
import { AuditAction } from "@/lib/audit/actions";
import { AUDIT_ENTITY_TYPES, listAudit, parseAuditFilters } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatDateLike, formatVnDateTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";

export const generateMetadata = privatePageMetadata((m) => m.staff.audit.title);

const short = (v: unknown, locale: Locale) => {
  if (v === null || v === undefined || v === "") return "—";
  const text = typeof v === "string" ? formatDateLike(v, locale) : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

export default async function Audit({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/audit"));
  const t = getMessages(locale).staff;
  const f = parseAuditFilters(await searchParams);
  const { items, next } = await listAudit(user, f);
  const base = localePath(locale, "/admin/audit");
  const keep = Object.entries({ actor: f.actor, entityType: f.entityType, entityId: f.entityId, action: f.action, from: f.from, to: f.to, signins: f.signIns ? "1" : undefined }).filter((e): e is [string, string] => Boolean(e[1]));
  const input = "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.audit.title}</h1>
      <p className="text-stone-700">{t.audit.intro}</p>
      <form method="get" action={base} className="grid grid-cols-2 items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
        <label className="block text-sm">
          <span className="font-medium">{t.audit.actor}</span>
          <input name="actor" defaultValue={f.actor} className={input} />
        </label>
        <FilterSelect name="entityType" label={t.audit.entityType} value={f.entityType} allLabel={t.common.all} options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t.audit.entities[e] }))} />
        <FilterSelect name="action" label={t.audit.action} value={f.action} allLabel={t.common.all} options={Object.keys(AuditAction).map((a) => ({ value: a, label: t.audit.actions[a as AuditAction] }))} />
        <label className="block text-sm">
          <span className="font-medium">{t.audit.from}</span>
          <input type="date" name="from" defaultValue={f.from} className={input} />
        </label>
        <label className="block text-sm">
          <span className="font-medium">{t.audit.to}</span>
          <input type="date" name="to" defaultValue={f.to} className={input} />
        </label>
        <label className="flex items-center gap-2 self-center text-sm">
          <input type="checkbox" name="signins" value="1" defaultChecked={f.signIns} className="h-4 w-4" />
          {t.audit.withSignIns}
        </label>
        {f.entityId && <input type="hidden" name="entityId" value={f.entityId} />}
        <div className="flex gap-2">
          <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-semibold text-white">{t.common.filter}</button>
          <Link href={base} className="px-2 py-2 text-sm underline">{t.common.clear}</Link>
        </div>
      </form>
      {f.entityId && (
        <p className="text-sm">
          {t.audit.entityId}: <code>{f.entityId}</code>
        </p>
      )}
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.common.none}</p>
      ) : (
        <DataTable label={t.audit.title} columns={[t.audit.time, t.audit.actor, t.audit.action, t.audit.entity, t.audit.changes]}>
          {items.map((a) => (
            <tr key={a.id} className="border-t border-stone-100 align-top">
              <td className="whitespace-nowrap px-3 py-2"><time dateTime={a.createdAt}>{formatVnDateTime(new Date(a.createdAt), locale)}</time></td>
              <td className="px-3 py-2">{a.actor ? `${a.actor.name} (${a.actor.email})` : t.audit.system}</td>
              <td className="px-3 py-2" title={a.action}>{t.audit.actions[a.action as AuditAction] ?? a.action}</td>
              <td className="px-3 py-2">
                <Link href={`${base}?entityType=${a.entityType}&entityId=${a.entityId}`} className="underline">
                  {t.audit.entities[a.entityType as (typeof AUDIT_ENTITY_TYPES)[number]] ?? a.entityType} <span className="font-mono text-xs">{a.entityId.slice(0, 8)}</span>
                </Link>
              </td>
              <td className="px-3 py-2">
                <ul className="space-y-0.5">
                  {a.changes.slice(0, 12).map((c) => (
                    <li key={c.field} className="break-words">
                      <span className="font-medium">{c.field}</span>: <del className="text-red-800">{short(c.before, locale)}</del> → <ins className="text-brand-800 no-underline">{short(c.after, locale)}</ins>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {next && (
        <Link href={`${base}?${new URLSearchParams([...keep, ["before", next]])}`} className="inline-block rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100">
          {t.common.older} →
        </Link>
      )}
    </div>
  );
}
