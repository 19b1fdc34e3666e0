import type { ReactNode } from "react";
import { TableScroll } from "./table-scroll";

export type Column = string | { label: ReactNode; numeric?: boolean; sort?: "ascending" | "descending" };

/**
 * A table of the admin screens: scrolls sideways on a phone (TableScroll), with a header row of
 * column headings. `false` entries are left out, for columns shown only sometimes.
 */
export function DataTable({ label, columns, children }: { label: string; columns: (Column | false)[]; children: ReactNode }) {
  return (
    <TableScroll label={label}>
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100">
          <tr>
            {columns.filter((c): c is Column => c !== false).map((c, i) =>
              typeof c === "string" ? (
                <th key={i} scope="col" className="px-3 py-2">
                  {c}
                </th>
              ) : (
                <th key={i} scope="col" aria-sort={c.sort} className={`px-3 py-2 ${c.numeric ? "text-right" : ""}`}>
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
