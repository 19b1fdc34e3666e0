import type { Region } from "@/lib/db/generated/enums";
import { resolveProvince, type ResolvedProvince } from "@/lib/provinces/resolve";
import { foldVietnamese } from "@/lib/text";
import type { PublicSession } from "./queries";

/**
 * The schedule's filters, read from and written to the URL so a filtered view can be shared.
 * A week holds a few dozen sessions, so filtering runs on the week's (cached, static) data.
 */
export type ScheduleFilters = {
  province?: string;
  region?: Region;
  group?: number;
  minStars?: number;
  host?: string;
  q?: string;
};

const REGIONS: readonly Region[] = ["NORTH", "CENTRAL", "SOUTH"];

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
  };
}

export type FilterOutcome = {
  sessions: PublicSession[];
  /** The province the filter resolved to (an old name resolves to its current unit). */
  province: ResolvedProvince | null;
  provinceUnknown: boolean;
  active: boolean;
};

export function filterSessions(sessions: PublicSession[], filters: ScheduleFilters): FilterOutcome {
  const province = filters.province ? resolveProvince(filters.province) : null;
  const provinceUnknown = Boolean(filters.province) && !province;
  const q = filters.q ? foldVietnamese(filters.q) : "";
  const active = Object.values(filters).some((v) => v !== undefined);
  const kept = sessions.filter((s) => {
    if (province && !(s.theme.province?.id === province.province.id || s.producers.some((p) => p.provinceId === province.province.id))) return false;
    if (provinceUnknown) return false;
    if (filters.region && !s.producers.some((p) => p.region === filters.region)) return false;
    if (filters.group && !(s.theme.groupId === filters.group || s.products.some((p) => p.groupId === filters.group))) return false;
    if (filters.minStars && !s.products.some((p) => (p.stars ?? 0) >= filters.minStars!)) return false;
    if (filters.host && s.host.tiktokHandle !== filters.host) return false;
    if (q) {
      const haystack = foldVietnamese(
        [s.title, s.host.name, s.channel.name, ...s.producers.map((p) => `${p.name} ${p.province}`), ...s.products.map((p) => p.name)].join(" "),
      );
      if (!haystack.includes(q)) return false;
    }
    return true;
  });
  return { sessions: kept, province, provinceUnknown, active };
}
