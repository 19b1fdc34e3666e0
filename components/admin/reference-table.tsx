import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
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
    <DataTable label={label} columns={[t.common.name, t.common.tiktokHandle, extra, t.hosts.sessions, t.users.status, t.common.actions]}>
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
    </DataTable>
  );
}
