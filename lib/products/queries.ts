import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { IssuingLevel } from "@/lib/db/generated/enums";
import { isCertificateExpired } from "@/lib/ocop";
import { currentStars } from "@/lib/public/visibility";
import { listPublicSessions, type PublicSession } from "@/lib/sessions/queries";
import { vnDateOf } from "@/lib/time";
import { isSlug } from "@/lib/slugs";

export type PublicProductCard = {
  name: string;
  slug: string;
  priceVnd: number;
  unit: string;
  groupId: number;
  stars: number | null;
  imageUrl: string | null;
  producer: { name: string; slug: string; province: string };
};

export type PublicProduct = PublicProductCard & {
  description: string | null;
  weightGrams: number | null;
  shelfLifeDays: number | null;
  fragile: boolean;
  images: { url: string; alt: string; width: number; height: number }[];
  certificate: {
    stars: number;
    decisionNumber: string;
    issuingLevel: IssuingLevel;
    decisionDate: string;
    expiresOn: string;
    expired: boolean;
  } | null;
  sessions: PublicSession[];
};

const CARD_SELECT = {
  name: true,
  slug: true,
  priceVnd: true,
  unit: true,
  groupId: true,
  images: { orderBy: { position: "asc" as const }, take: 1, select: { url: true } },
  certificates: { orderBy: { decisionDate: "desc" as const }, take: 1, select: { stars: true, expiresOn: true } },
  producer: { select: { name: true, slug: true, province: { select: { name: true } } } },
};

type CardRow = {
  name: string;
  slug: string;
  priceVnd: number;
  unit: string;
  groupId: number;
  images: { url: string }[];
  certificates: { stars: number; expiresOn: Date }[];
  producer: { name: string; slug: string; province: { name: string } };
};

export function toProductCard(p: CardRow, today = vnDateOf(new Date())): PublicProductCard {
  return {
    name: p.name,
    slug: p.slug,
    priceVnd: p.priceVnd,
    unit: p.unit,
    groupId: p.groupId,
    stars: currentStars(p.certificates[0], today),
    imageUrl: p.images[0]?.url ?? null,
    producer: { name: p.producer.name, slug: p.producer.slug, province: p.producer.province.name },
  };
}

/** Only approved products of approved producers are public. */
export const PUBLIC_PRODUCT = { reviewStatus: "APPROVED", producer: { reviewStatus: "APPROVED" } } as const;

export const PRODUCT_CARD_SELECT = CARD_SELECT;

async function loadProduct(slug: string): Promise<PublicProduct | null> {
  if (!isSlug(slug)) return null;
  const today = vnDateOf(new Date());
  const p = await db.product.findFirst({
    where: { slug, ...PUBLIC_PRODUCT },
    select: {
      ...CARD_SELECT,
      id: true,
      description: true,
      weightGrams: true,
      shelfLifeDays: true,
      fragile: true,
      images: { orderBy: { position: "asc" }, select: { url: true, alt: true, width: true, height: true } },
      certificates: {
        orderBy: { decisionDate: "desc" },
        take: 1,
        select: { stars: true, expiresOn: true, decisionNumber: true, issuingLevel: true, decisionDate: true },
      },
    },
  });
  if (!p) return null;
  const now = Date.now();
  const sessions = await listPublicSessions(new Date(now - 60 * 86_400_000), new Date(now + 120 * 86_400_000), {
    lineup: { some: { productId: p.id } },
  });
  const c = p.certificates[0];
  return {
    ...toProductCard({ ...p, images: p.images }, today),
    description: p.description,
    weightGrams: p.weightGrams,
    shelfLifeDays: p.shelfLifeDays,
    fragile: p.fragile,
    images: p.images,
    certificate: c
      ? {
          stars: c.stars,
          decisionNumber: c.decisionNumber,
          issuingLevel: c.issuingLevel,
          decisionDate: c.decisionDate.toISOString().slice(0, 10),
          expiresOn: c.expiresOn.toISOString().slice(0, 10),
          expired: isCertificateExpired(c.expiresOn.toISOString().slice(0, 10), today),
        }
      : null,
    sessions,
  };
}

export const getPublicProduct = unstable_cache(loadProduct, ["public-product"], {
  tags: [CacheTag.products, CacheTag.producers, CacheTag.sessions],
  revalidate: 300,
});

/**
 * "Tự hào hàng Việt" highlights: 5★ products with a current certificate and staff picks.
 * Certificate validity is checked in SQL so expired 5★ products never show as current.
 */
export const listHighlights = unstable_cache(
  async (limit: number): Promise<PublicProductCard[]> => {
    const today = vnDateOf(new Date());
    const rows = await db.product.findMany({
      where: {
        ...PUBLIC_PRODUCT,
        OR: [
          { featured: true },
          { certificates: { some: { stars: 5, expiresOn: { gte: new Date(`${today}T00:00:00Z`) } } } },
        ],
      },
      orderBy: [{ featured: "desc" }, { name: "asc" }],
      take: limit * 3,
      select: CARD_SELECT,
    });
    const cards = rows.map((r) => toProductCard(r, today)).filter((c) => c.stars !== null);
    return cards.sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0)).slice(0, limit);
  },
  ["highlights"],
  { tags: [CacheTag.products, CacheTag.producers], revalidate: 300 },
);
