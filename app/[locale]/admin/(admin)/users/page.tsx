import Link from "next/link";
import { FilterSelect } from "@/components/admin/filter-select";
import { Pager } from "@/components/admin/pager";
import { CreateUserForm, UserRowActions } from "@/components/admin/user-forms";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listUsers, parseUserFilters, type UserSort } from "@/lib/users/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.users.title);

export default async function Users({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["ADMIN"], locale, localePath(locale, "/admin/users"));
  const t = getMessages(locale).staff;
  const f = parseUserFilters(await searchParams);
  const list = await listUsers(user, f);
  const base = localePath(locale, "/admin/users");
  const keep = { q: f.q, role: f.role, status: f.status, sort: f.sort, dir: f.dir };
  const sortHref = (column: UserSort) => {
    const q = new URLSearchParams(Object.entries({ ...keep, sort: column, dir: f.sort === column && f.dir === "asc" ? "desc" : "asc" }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${base}?${q}`;
  };
  const header = (column: UserSort, label: string): Column => ({
    sort: f.sort === column ? (f.dir === "asc" ? "ascending" : "descending") : undefined,
    label: (
      <Link href={sortHref(column)} className="underline" aria-label={fill(t.users.sortBy, { column: label })}>
        {label} {f.sort === column ? (f.dir === "asc" ? "▲" : "▼") : ""}
      </Link>
    ),
  });
  const date = (iso: string | null) => (iso ? formatVnDateTime(new Date(iso), locale) : t.users.never);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.users.title}</h1>
      <CreateUserForm locale={locale} t={t} />
      <form method="get" action={base} className="grid grid-cols-2 items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-4">
        <label className="col-span-2 block text-sm sm:col-span-1">
          <span className="font-medium">{t.users.search}</span>
          <input name="q" defaultValue={f.q} className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2" />
        </label>
        <FilterSelect name="role" label={t.users.role} value={f.role} allLabel={t.common.all} options={(["ADMIN", "STAFF", "PRODUCER"] as const).map((r) => ({ value: r, label: t.users.roles[r] }))} />
        <FilterSelect name="status" label={t.users.status} value={f.status} allLabel={t.common.all} options={(["ACTIVE", "DISABLED"] as const).map((s) => ({ value: s, label: t.users.statuses[s] }))} />
        <button type="submit" className="rounded-md bg-stone-800 px-4 py-2 text-sm font-semibold text-white">{t.common.filter}</button>
      </form>
      <DataTable
        label={t.users.title}
        columns={[header("name", t.common.name), header("email", t.reviews.email), header("role", t.users.role), t.users.status, header("lastSignInAt", t.users.lastSignIn), t.common.actions]}
      >
        {list.items.map((u) => (
          <tr key={u.id} className="border-t border-stone-100 align-top">
            <td className="px-3 py-2 font-semibold">{u.name}</td>
            <td className="break-all px-3 py-2">{u.email}</td>
            <td className="px-3 py-2">{t.users.roles[u.role]}</td>
            <td className="px-3 py-2">{u.status === "ACTIVE" ? <Badge tone="green">{t.users.statuses.ACTIVE}</Badge> : <Badge tone="red">{t.users.statuses.DISABLED}</Badge>}</td>
            <td className="whitespace-nowrap px-3 py-2">{date(u.lastSignInAt)}</td>
            <td className="px-3 py-2">
              <UserRowActions locale={locale} user={u} t={t} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager basePath={base} params={keep} page={f.page} total={list.total} pageSize={list.pageSize} t={t.common} />
    </div>
  );
}
