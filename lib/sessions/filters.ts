import type { Region } from "@/lib/db/generated/enums";
import { resolveProvince, type ResolvedProvince } from "@/lib/provinces/resolve";
import { foldVietnamese } from "@/lib/text";
import type { PublicSession } from "./queries";

/**
 * The schedule's filters, read from and written to the URL so a filtered view can be shared.
 * The week's page is static; with a filter set it is the week's filtered page, which applies them
 * on the server to the cached week's few dozen sessions (proxy.ts).
 */
export type ScheduleFilters = {
  province?: string;
  region?: Region;
  group?: number;
  minStars?: number;
  host?: string;
  q?: string;
  /** Only sessions with a producer of the "Hạt giống OCOP" cohort (`seeds=1`). */
  seeds?: true;
  /** Only sessions promoting a destination: a group-6 product or a destination theme (`tourism=1`). */
  tourism?: true;
};

/** What the filters look at, per session; the text is already folded (diacritics, case). */
export type SessionFacets = {
  id: string;
  provinceIds: number[];
  regions: Region[];
  groupIds: number[];
  maxStars: number;
  host: string;
  seed: boolean;
  tourism: boolean;
  text: string;
};

const REGIONS: readonly Region[] = ["NORTH", "CENTRAL", "SOUTH"];

/** OCOP group 6: community and eco-tourism destinations. */
export const TOURISM_GROUP = 6;

export function parseScheduleFilters(params: URLSearchParams): ScheduleFilters {
  const text = (name: string) => params.get(name)?.trim().slice(0, 100) || undefined;
  const int = (name: string, min: number, max: number) => {
    const n = Number(params.get(name));
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
  const region = params.get("region")?.toUpperCase() as Region | undefined;
  return {
    province: text("province"),
    region: region && REGIONS.includes(region) ? region : undefined,
    group: int("group", 1, 6),
    minStars: int("stars", 3, 5),
    host: text("host"),
    q: text("q"),
    seeds: params.get("seeds") === "1" ? true : undefined,
    tourism: params.get("tourism") === "1" ? true : undefined,
  };
}

export function sessionFacets(s: PublicSession): SessionFacets {
  const unique = <T,>(items: T[]) => [...new Set(items)];
  return {
    id: s.id,
    provinceIds: unique([...(s.theme.province ? [s.theme.province.id] : []), ...s.producers.map((p) => p.provinceId)]),
    regions: unique(s.producers.map((p) => p.region)),
    groupIds: unique([...(s.theme.groupId ? [s.theme.groupId] : []), ...s.products.map((p) => p.groupId)]),
    maxStars: Math.max(0, ...s.products.map((p) => p.stars ?? 0)),
    host: s.host.tiktokHandle,
    seed: s.producers.some((p) => p.seed),
    tourism: Boolean(s.theme.destination) || s.products.some((p) => p.groupId === TOURISM_GROUP),
    // Each distinct phrase once: product variants repeat their base name.
    text: unique(
      [s.title, s.host.name, s.channel.name, ...s.producers.flatMap((p) => [p.name, p.province]), ...s.products.map((p) => p.name)]
        .flatMap((phrase) => foldVietnamese(phrase).split(/ [–-] /)),
    ).join(" | "),
  };
}

export type FilterOutcome = {
  /** Ids of the sessions that match, in their original order. */
  ids: string[];
  /** The province the filter resolved to (an old name resolves to its current unit). */
  province: ResolvedProvince | null;
  provinceUnknown: boolean;
  active: boolean;
};

/** True when the URL sets any filter at all. */
export function hasActiveFilters(filters: ScheduleFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}

export function filterFacets(facets: SessionFacets[], filters: ScheduleFilters): FilterOutcome {
  const province = filters.province ? resolveProvince(filters.province) : null;
  const provinceUnknown = Boolean(filters.province) && !province;
  const q = filters.q ? foldVietnamese(filters.q) : "";
  const active = hasActiveFilters(filters);
  const ids = facets
    .filter((f) => {
      if (provinceUnknown) return false;
      if (province && !f.provinceIds.includes(province.province.id)) return false;
      if (filters.region && !f.regions.includes(filters.region)) return false;
      if (filters.group && !f.groupIds.includes(filters.group)) return false;
      if (filters.minStars && f.maxStars < filters.minStars) return false;
      if (filters.host && f.host !== filters.host) return false;
      if (filters.seeds && !f.seed) return false;
      if (filters.tourism && !f.tourism) return false;
      if (q && !f.text.includes(q)) return false;
      return true;
    })
    .map((f) => f.id);
  return { ids, province, provinceUnknown, active };
}

/** The same filters over whole sessions (server side and tests). */
export function filterSessions(sessions: PublicSession[], filters: ScheduleFilters) {
  const outcome = filterFacets(sessions.map(sessionFacets), filters);
  const kept = new Set(outcome.ids);
  return { ...outcome, sessions: sessions.filter((s) => kept.has(s.id)) };
}
