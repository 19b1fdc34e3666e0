import { describe, expect, it } from "vitest";
import { filterFacets, parseScheduleFilters, sessionFacets } from "@/lib/sessions/filters";
import type { PublicSession } from "@/lib/sessions/queries";

function session(id: string, over: { seed?: boolean; groupIds?: number[]; destination?: string | null }): PublicSession {
  return {
    id,
    title: `Phiên ${id}`,
    startsAt: "2026-12-12T00:00Z",
    endsAt: "2026-12-12T01:30Z",
    status: "SCHEDULED",
    version: 0,
    updatedAt: "2026-12-01T00:00:00.000Z",
    liveUrl: null,
    host: { name: "Võ Hà Linh", tiktokHandle: "vohalinh" },
    channel: { name: "OCOP Việt", tiktokHandle: "ocopviet", url: "https://www.tiktok.com/@ocopviet" },
    theme: { province: null, groupId: null, proudVietnamese: false, destination: over.destination ?? null },
    producers: [{ name: "HTX A", slug: `htx-${id}`, provinceId: 1, province: "Hà Nội", provinceSlug: "ha-noi", region: "NORTH", seed: over.seed ?? false }],
    products: (over.groupIds ?? [1]).map((groupId, n) => ({ name: `SP ${n}`, slug: `sp-${id}-${n}`, priceVnd: 100_000, unit: "hộp", groupId, stars: 4, imageUrl: null, producerSlug: `htx-${id}` })),
  };
}

describe("schedule filters for the programme", () => {
  const facets = [
    session("a", { seed: true }),
    session("b", { groupIds: [1, 6] }),
    session("c", { destination: "Hội An" }),
    session("d", {}),
  ].map(sessionFacets);

  it("read seeds=1 and tourism=1 from the URL, and nothing else as true", () => {
    expect(parseScheduleFilters(new URLSearchParams("seeds=1&tourism=1"))).toMatchObject({ seeds: true, tourism: true });
    expect(parseScheduleFilters(new URLSearchParams("seeds=yes&tourism=0"))).toMatchObject({ seeds: undefined, tourism: undefined });
  });

  it("keep the sessions of the Hạt giống OCOP cohort, and those promoting a destination (group 6 or a destination theme)", () => {
    expect(filterFacets(facets, { seeds: true }).ids).toEqual(["a"]);
    expect(filterFacets(facets, { tourism: true }).ids).toEqual(["b", "c"]);
    expect(filterFacets(facets, { seeds: true, tourism: true }).ids).toEqual([]);
    expect(filterFacets(facets, {}).ids).toEqual(["a", "b", "c", "d"]);
  });
});
