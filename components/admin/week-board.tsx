import Link from "next/link";
import { formatVnTime } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { BoardSession } from "@/lib/planning/queries";

const TONE = {
  DRAFT: "border-amber-400 bg-amber-50",
  SCHEDULED: "border-brand-600 bg-brand-50",
  LIVE: "border-red-600 bg-red-50",
  COMPLETED: "border-stone-400 bg-stone-100",
  CANCELLED: "border-stone-300 bg-white text-stone-500 line-through",
} as const;

/**
 * A Saturday laid out by channel (rows) and time (columns): gaps are empty track, and any
 * session with a problem carries a warning mark. The same facts are in the table below it.
 */
export function WeekBoard({
  sessions,
  locale,
  t,
  statusNames,
  warningNames,
}: {
  sessions: BoardSession[];
  locale: Locale;
  t: Messages["staff"]["sessions"];
  statusNames: Record<string, string>;
  warningNames: Messages["staff"]["warnings"];
}) {
  const starts = sessions.map((s) => new Date(s.startsAt).getTime());
  const ends = sessions.map((s) => new Date(s.endsAt).getTime());
  const hour = 3_600_000;
  const from = Math.floor(Math.min(...starts) / hour) * hour;
  const to = Math.ceil(Math.max(...ends) / hour) * hour;
  const span = to - from;
  const hours = Array.from({ length: span / hour + 1 }, (_, i) => from + i * hour);
  const channels = [...new Map(sessions.map((s) => [s.channel.id, s.channel.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], "vi"));
  const pct = (ms: number) => `${((ms - from) / span) * 100}%`;
  return (
    <div role="region" aria-label={t.board} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white p-3">
      <div className="min-w-[48rem]" aria-hidden="true">
        <div className="relative ml-40 h-6 text-xs text-stone-600">
          {hours.map((h, i) => (
            // The first and last labels stay inside the board ("13:00", not "13:0").
            <span key={h} className={`absolute ${i === 0 ? "" : i === hours.length - 1 ? "-translate-x-full" : "-translate-x-1/2"}`} style={{ left: pct(h) }}>
              {formatVnTime(new Date(h), locale)}
            </span>
          ))}
        </div>
        {channels.map(([id, name]) => (
          <div key={id} className="flex items-stretch border-t border-stone-100 py-1">
            <div className="w-40 shrink-0 truncate pr-2 text-sm font-medium" title={name}>
              {name}
            </div>
            <div className="relative h-16 flex-1 rounded bg-[repeating-linear-gradient(90deg,#f5f5f4_0,#f5f5f4_1px,transparent_1px,transparent_12.5%)]">
              {sessions
                .filter((s) => s.channel.id === id)
                .map((s) => {
                  const a = new Date(s.startsAt).getTime();
                  const b = new Date(s.endsAt).getTime();
                  return (
                    <Link
                      key={s.id}
                      href={localePath(locale, `/admin/sessions/${s.id}`)}
                      tabIndex={-1}
                      className={`absolute inset-y-0 overflow-hidden rounded border-l-4 px-1 text-xs ${TONE[s.status]}`}
                      style={{ left: pct(a), width: `calc(${((b - a) / span) * 100}% - 2px)` }}
                      title={[`${s.title} · ${s.host.name} · ${statusNames[s.status]}`, ...s.warnings.map((w) => `⚠ ${fill(warningNames[w.key], { detail: w.detail ?? "" })}`)].join("\n")}
                    >
                      <span className="block truncate font-semibold">
                        {s.warnings.length > 0 && "⚠ "}
                        {s.title}
                      </span>
                      <span className="block truncate">{s.host.name}</span>
                      <span className="block truncate">{fill(t.lineupCount, { count: s.lineupCount })}</span>
                    </Link>
                  );
                })}
            </div>
          </div>
        ))}
      </div>
      <p className="mt-2 text-xs text-stone-600">{t.boardLegend}</p>
    </div>
  );
}
