import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";
import type { Messages } from "@/lib/i18n/messages";
import { ActiveToggle } from "./reference-forms";

/** Hosts or channels: name, handle, one extra column, sessions, state, and edit / (de)activate. */
export function ReferenceTable({
  kind,
  rows,
  extra,
  editHref,
  t,
  label,
}: {
  kind: "host" | "channel";
  rows: { id: string; name: string; tiktokHandle: string; active: boolean; sessions: number; extra: string | null }[];
  extra: string;
  editHref: (id: string) => string;
  t: Messages["staff"];
  label: string;
}) {
  return (
    <TableScroll label={label}>
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t.common.name}</th>
            <th scope="col" className="px-3 py-2">{t.common.tiktokHandle}</th>
            <th scope="col" className="px-3 py-2">{extra}</th>
            <th scope="col" className="px-3 py-2">{t.hosts.sessions}</th>
            <th scope="col" className="px-3 py-2">{t.users.status}</th>
            <th scope="col" className="px-3 py-2">{t.common.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-stone-100">
              <td className="px-3 py-2 font-semibold">{r.name}</td>
              <td className="px-3 py-2">@{r.tiktokHandle}</td>
              <td className={`px-3 py-2 ${kind === "channel" ? "[overflow-wrap:anywhere]" : ""}`}>{r.extra ?? "—"}</td>
              <td className="px-3 py-2">{r.sessions}</td>
              <td className="px-3 py-2">{r.active ? <Badge tone="green">{t.common.active}</Badge> : <Badge>{t.common.inactive}</Badge>}</td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-2">
                <Link href={editHref(r.id)} className="rounded-md border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100">
                  {t.common.edit}
                  <span className="sr-only"> {r.name}</span>
                </Link>
                <ActiveToggle kind={kind} id={r.id} active={r.active} name={r.name} t={t} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
