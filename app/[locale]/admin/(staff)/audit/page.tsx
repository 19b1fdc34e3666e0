import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { AuditAction } from "@/lib/audit/actions";
import { auditNames, describeEntries } from "@/lib/audit/describe";
import { AUDIT_ENTITY_TYPES, listAudit, parseAuditFilters } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";

export const generateMetadata = privatePageMetadata((m) => m.staff.audit.title);

/** A long value (a description, a whole certificate) is cut in the list; its record has it whole. */
/** A cell of the trail: a table cell on a desktop, a line of the entry's card on a phone. */
const cell = "px-3 py-2 max-md:block max-md:py-0.5";

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

export default async function Audit({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, "/admin/audit"));
  const t = getMessages(locale).staff;
  const f = parseAuditFilters(await searchParams);
  const { items, next } = await listAudit(user, f);
  const entries = describeEntries(items, await auditNames(items, locale), locale);
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
          {t.audit.entityId}: <span title={f.entityId}>{entries[0]?.entityName ?? <code>{f.entityId}</code>}</span>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.common.none}</p>
      ) : (
        // A table on a desktop; on a phone each entry stacks as a card (the roles keep it a table
        // for screen readers when CSS makes its parts blocks).
        <div role="region" aria-label={t.audit.title} tabIndex={0} className="rounded-lg border border-stone-200 bg-white md:overflow-x-auto">
          <table role="table" className="w-full text-left text-sm max-md:block">
            <thead role="rowgroup" className="bg-stone-100 max-md:sr-only">
              <tr role="row">
                {[t.audit.time, t.audit.actor, t.audit.action, t.audit.entity, t.audit.changes].map((c) => (
                  <th key={c} role="columnheader" scope="col" className="px-3 py-2">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup" className="max-md:block">
          {entries.map((a) => {
            const entity = t.audit.entities[a.entityType as keyof typeof t.audit.entities] ?? a.entityType;
            const rest = a.described.filter((c) => c !== a.transition);
            return (
              <tr key={a.id} role="row" className="border-t border-stone-100 align-top max-md:block max-md:py-2">
                <td role="cell" className={`${cell} whitespace-nowrap max-md:font-semibold`}><time dateTime={a.createdAt}>{formatVnDateTime(new Date(a.createdAt), locale)}</time></td>
                <td role="cell" className={`${cell} md:min-w-36`}>
                  {a.actor ? (
                    <>
                      {a.actor.name}
                      <span className="block break-all text-xs text-stone-600">{a.actor.email}</span>
                    </>
                  ) : (
                    t.audit.system
                  )}
                </td>
                <td role="cell" className={`${cell} md:min-w-40`} title={a.action}>
                  {t.audit.actions[a.action as AuditAction] ?? a.action}
                  {a.transition && (
                    <span className="block text-sm">
                      {a.transition.before} → <strong>{a.transition.after}</strong>
                    </span>
                  )}
                </td>
                <td role="cell" className={`${cell} md:min-w-40`}>
                  <Link href={`${base}?entityType=${a.entityType}&entityId=${a.entityId}`} className="underline" title={a.entityId}>
                    {entity}: {a.entityName ?? <span className="font-mono text-xs">{a.entityId.slice(0, 8)}</span>}
                  </Link>
                </td>
                <td role="cell" className={`${cell} md:min-w-80`}>
                  {rest.length > 0 && (
                    <table className="w-full table-fixed text-sm">
                      <caption className="sr-only">{fill(t.audit.changesOf, { entity: a.entityName ?? entity })}</caption>
                      <thead>
                        <tr className="text-left text-xs text-stone-600">
                          <th scope="col" className="w-[30%] pr-2 font-medium">{t.audit.field}</th>
                          <th scope="col" className="pr-2 font-medium">{t.audit.before}</th>
                          <th scope="col" className="font-medium">{t.audit.after}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rest.slice(0, 12).map((c) => (
                          <tr key={c.field} className="border-t border-stone-100 align-top">
                            <th scope="row" className="py-0.5 pr-2 text-left font-medium [overflow-wrap:anywhere]">{c.label}</th>
                            <td className="py-0.5 pr-2 text-red-800 [overflow-wrap:anywhere]">{clip(c.before)}</td>
                            <td className="py-0.5 text-brand-800 [overflow-wrap:anywhere]">{clip(c.after)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </td>
              </tr>
            );
          })}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <Link href={`${base}?${new URLSearchParams([...keep, ["before", next]])}`} className="inline-block rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100">
          {t.common.older} →
        </Link>
      )}
    </div>
  );
}
