import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { ProvinceKind, Region } from "@/lib/db/generated/enums";
import { PRODUCT_CARD_SELECT, PUBLIC_PRODUCT, toProductCard, type PublicProductCard } from "@/lib/products/queries";
import { listPublicSessions, sessionFilter, type PublicSession } from "@/lib/sessions/queries";
import { vnDateOf } from "@/lib/time";
import { isSlug } from "@/lib/slugs";

export type ProvincePage = {
  id: number;
  name: string;
  slug: string;
  kind: ProvinceKind;
  region: Region;
  /** Pre-July-2025 units merged into this one (its own former name excluded). */
  formerUnits: string[];
  producers: { name: string; slug: string; legalForm: string; logoUrl: string | null }[];
  products: PublicProductCard[];
  upcoming: PublicSession[];
};

async function loadProvince(slug: string): Promise<ProvincePage | null> {
  if (!isSlug(slug)) return null;
  const province = await db.province.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      region: true,
      aliases: { where: { formerUnit: true }, orderBy: { name: "asc" }, select: { name: true } },
      producers: {
        where: { reviewStatus: "APPROVED" },
        orderBy: { name: "asc" },
        select: { name: true, slug: true, legalForm: true, logoUrl: true },
      },
    },
  });
  if (!province) return null;
  const now = new Date();
  const [products, upcoming] = await Promise.all([
    db.product.findMany({
      where: { ...PUBLIC_PRODUCT, producer: { ...PUBLIC_PRODUCT.producer, provinceId: province.id } },
      orderBy: { name: "asc" },
      take: 48,
      select: PRODUCT_CARD_SELECT,
    }),
    listPublicSessions(now, new Date(now.getTime() + 120 * 86_400_000), sessionFilter({ provinceId: province.id }), 30),
  ]);
  const today = vnDateOf(now);
  return {
    id: province.id,
    name: province.name,
    slug: province.slug,
    kind: province.kind,
    region: province.region,
    formerUnits: province.aliases.map((a) => a.name).filter((n) => n !== province.name),
    producers: province.producers,
    products: products.map((p) => toProductCard(p, today)),
    upcoming,
  };
}

export const getProvincePage = unstable_cache(loadProvince, ["province-page"], {
  tags: [CacheTag.producers, CacheTag.products, CacheTag.sessions],
  revalidate: 300,
});

export const listProvinces = unstable_cache(
  async () => db.province.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, region: true } }),
  ["provinces"],
  { revalidate: 3600 },
);
