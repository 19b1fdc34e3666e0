"use client";

import { useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { decodeFacets, filterFacets, hasActiveFilters, parseScheduleFilters, type SessionFacets } from "@/lib/sessions/filters";
import { foldVietnamese } from "@/lib/text";

type Timeline = { facets: SessionFacets[]; slots: [string, string[]][] };

let cache: { key: string; timeline: Timeline } | undefined;

/**
 * Reads each server-rendered card's facets from its data attributes and its visible text, once
 * per rendered week (the timeline's data-week), as a snapshot for useSyncExternalStore.
 */
function readTimeline(producers: string[]): Timeline | null {
  const root = document.querySelector<HTMLElement>("[data-week]");
  if (!root) return null;
  if (cache && cache.key === root.dataset.week) return cache.timeline;
  const facets = [...root.querySelectorAll<HTMLElement>("[data-session]")].map((el) =>
    decodeFacets(el.dataset.session!, el.dataset.f ?? "", {
      seed: el.dataset.seed === "1",
      tourism: el.dataset.tourism === "1",
      // The entry's own text, and its producers' names (not shown in the entry: sent once, to this
      // island, already folded — plain ASCII is shorter than the accented names).
      text: foldVietnamese(`${el.textContent ?? ""} | ${producers[Number(el.dataset.session)] ?? ""}`),
    }),
  );
  const slots = [...root.querySelectorAll<HTMLElement>("[data-slot]")].map(
    (slot) => [slot.dataset.slot!, [...slot.querySelectorAll<HTMLElement>("[data-session]")].map((el) => el.dataset.session!)] as [string, string[]],
  );
  cache = { key: root.dataset.week!, timeline: { facets, slots } };
  return cache.timeline;
}

const noSubscription = () => () => {};
const noTimeline = () => null;

/** The four sentences the result needs, passed in alone: every word given to an island is in the page's payload. */
export type ScheduleResultWords = { schedule: Pick<Messages["schedule"], "count" | "provinceMerged" | "provinceUnknown" | "emptyFiltered"> };

/**
 * Applies the URL's filters to the server-rendered timeline: a style rule hides the sessions
 * (and the time slots) that do not match. The cards are rendered once, on the server, and the
 * page stays static and light; without scripts every session shows.
 */
export function ScheduleFilterResult({ total, t, producers }: { total: number; t: ScheduleResultWords; producers: string[] }) {
  const params = useSearchParams();
  const query = params?.toString() ?? "";
  const filters = parseScheduleFilters(new URLSearchParams(query));
  // Null while rendering on the server and hydrating: the HTML shows every session. Without a
  // filter in the URL nothing is hidden, so the cards are not read at all (a long week's page
  // would spend its hydration reading them).
  const timeline = useSyncExternalStore(noSubscription, hasActiveFilters(filters) ? () => readTimeline(producers) : noTimeline, () => null);

  const outcome = timeline ? filterFacets(timeline.facets, filters) : null;
  const shown = new Set(outcome?.ids ?? []);
  const hidden = timeline
    ? [
        ...timeline.facets.filter((f) => !shown.has(f.id)).map((f) => `[data-session="${f.id}"]`),
        ...timeline.slots.filter(([, ids]) => !ids.some((id) => shown.has(id))).map(([slot]) => `[data-slot="${slot}"]`),
      ]
    : [];
  const resolved = outcome?.province;
  return (
    <div>
      {hidden.length > 0 && <style>{`${hidden.join(",")}{display:none}`}</style>}
      <p className="text-sm text-stone-600" aria-live="polite">
        {fill(t.schedule.count, { count: outcome ? outcome.ids.length : total })}
      </p>
      {resolved?.merged && (
        <p className="mt-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          {fill(t.schedule.provinceMerged, { input: filters.province!, province: resolved.province.name })}
        </p>
      )}
      {outcome?.provinceUnknown && (
        <p role="alert" className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          {fill(t.schedule.provinceUnknown, { input: filters.province! })}
        </p>
      )}
      {outcome && outcome.ids.length === 0 && outcome.active && total > 0 && (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">{t.schedule.emptyFiltered}</p>
      )}
    </div>
  );
}
