import "server-only";
import { unstable_cache } from "next/cache";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { CacheTag } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { LegalForm } from "@/lib/db/generated/enums";
import { PRODUCT_CARD_SELECT, toProductCard, type PublicProductCard } from "@/lib/products/queries";
import { listPublicSessions, sessionFilter, type PublicSession } from "@/lib/sessions/queries";
import { vnDateOf } from "@/lib/time";
import { isSlug } from "@/lib/slugs";

/** A shop as the public sees it: no tax code, phone or e-mail. */
export type PublicProducer = {
  id: string;
  name: string;
  slug: string;
  legalForm: LegalForm;
  description: string | null;
  tiktokHandle: string | null;
  logoUrl: string | null;
  /** In the "Hạt giống OCOP" cohort of trusted sellers now. */
  seed: boolean;
  province: { id: number; name: string; slug: string };
  products: PublicProductCard[];
  upcoming: PublicSession[];
  past: PublicSession[];
};

async function loadProducer(slug: string): Promise<PublicProducer | null> {
  if (!isSlug(slug)) return null;
  const p = await db.producer.findFirst({
    where: { slug, reviewStatus: "APPROVED" },
    select: {
      id: true,
      name: true,
      slug: true,
      legalForm: true,
      description: true,
      tiktokHandle: true,
      logoUrl: true,
      province: { select: { id: true, name: true, slug: true } },
      products: { where: { reviewStatus: "APPROVED" }, orderBy: { name: "asc" }, select: PRODUCT_CARD_SELECT },
      cohort: { where: { leftAt: null }, select: { id: true }, take: 1 },
    },
  });
  if (!p) return null;
  const now = new Date();
  const [upcoming, past] = await Promise.all([
    listPublicSessions(now, new Date(now.getTime() + 120 * 86_400_000), sessionFilter({ producerId: p.id }), 20),
    listPublicSessions(new Date(now.getTime() - 365 * 86_400_000), now, sessionFilter({ producerId: p.id })),
  ]);
  const today = vnDateOf(now);
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    legalForm: p.legalForm,
    description: p.description,
    tiktokHandle: p.tiktokHandle,
    logoUrl: p.logoUrl,
    seed: p.cohort.length > 0,
    province: p.province,
    products: p.products.map((row) => toProductCard(row, today)),
    upcoming,
    past: past.reverse().slice(0, 12),
  };
}

export const getPublicProducer = unstable_cache(loadProducer, ["public-producer"], {
  tags: [CacheTag.producers, CacheTag.products, CacheTag.sessions],
  revalidate: 300,
});

/** An approved producer's id and name, for its calendar feed. */
export async function findPublicProducer(slug: string): Promise<{ id: string; name: string } | null> {
  if (!isSlug(slug)) return null;
  return db.producer.findFirst({ where: { slug, reviewStatus: "APPROVED" }, select: { id: true, name: true } });
}

/** The producer's own shop as form values, with its review status. */
export async function getOwnShopForm(user: CurrentUser | null) {
  const checked = assertRole(user, ["PRODUCER"]);
  const id = checked.producerIds[0];
  if (!id) return null;
  const shop = await db.producer.findUnique({ where: { id }, include: { province: { select: { name: true } } } });
  if (!shop) return null;
  return {
    reviewStatus: shop.reviewStatus,
    values: {
      shopName: shop.name,
      legalForm: shop.legalForm,
      taxCode: shop.taxCode ?? "",
      province: shop.province.name,
      address: shop.address,
      phone: shop.phone ?? "",
      tiktok: shop.tiktokHandle ?? "",
      description: shop.description ?? "",
    },
  };
}
