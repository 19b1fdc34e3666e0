import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { IssuingLevel, PackagingStatus, ReviewStatus } from "@/lib/db/generated/enums";
import { suggestFragile } from "@/lib/programme/rules";

export type OwnProductRow = {
  id: string;
  name: string;
  slug: string;
  reviewStatus: ReviewStatus;
  reviewReason: string | null;
  priceVnd: number;
  unit: string;
  hasPendingRevision: boolean;
  updatedAt: string;
  fragile: boolean;
  packagingStatus: PackagingStatus;
  /** Not marked fragile, but its name, unit or group suggests it is (lib/programme/rules). */
  looksFragile: boolean;
};

/** The signed-in producer's products, newest first. Never anyone else's. */
export async function listOwnProducts(user: CurrentUser | null): Promise<OwnProductRow[]> {
  const checked = assertRole(user, ["PRODUCER"]);
  const rows = await db.product.findMany({
    where: { producerId: { in: checked.producerIds } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      slug: true,
      reviewStatus: true,
      reviewReason: true,
      priceVnd: true,
      unit: true,
      updatedAt: true,
      fragile: true,
      packagingStatus: true,
      groupId: true,
      revisions: { where: { reviewStatus: "SUBMITTED" }, select: { id: true }, take: 1 },
    },
  });
  return rows.map(({ revisions, updatedAt, groupId, ...row }) => ({
    ...row,
    hasPendingRevision: revisions.length > 0,
    updatedAt: updatedAt.toISOString(),
    looksFragile: !row.fragile && suggestFragile({ name: row.name, unit: row.unit, groupId }),
  }));
}

export type ProductFormValues = Record<string, string> & { productId: string };

/**
 * One of the producer's products as form values (a pending revision's values when there is one),
 * or null when it does not exist or is someone else's.
 */
export async function getOwnProductForm(user: CurrentUser | null, productId: string) {
  const checked = assertRole(user, ["PRODUCER"]);
  if (!/^[0-9a-f-]{36}$/i.test(productId)) return null;
  const product = await db.product.findUnique({
    where: { id: productId },
    include: {
      certificates: { orderBy: { decisionDate: "desc" }, take: 1 },
      revisions: { where: { reviewStatus: "SUBMITTED" }, take: 1 },
      images: { orderBy: { position: "asc" }, select: { url: true, alt: true } },
      skus: { orderBy: { value: "asc" }, select: { value: true } },
    },
  });
  if (!product) return null;
  if (!checked.producerIds.includes(product.producerId)) return null;
  type Source = {
    name: string; groupId: number; description: string | null; priceVnd: number; unit: string;
    weightGrams: number | null; shelfLifeDays: number | null; fragile: boolean; packagingNotes: string | null;
    certificate?: { stars: number; decisionNumber: string; issuingLevel: IssuingLevel; decisionDate: string | Date } | null;
  };
  const revision = product.revisions[0]?.data as Source | undefined;
  const source: Source = revision ?? { ...product, certificate: product.certificates[0] ?? null };
  const certificate = source.certificate;
  const values: ProductFormValues = {
    productId: product.id,
    name: source.name,
    groupId: String(source.groupId),
    description: source.description ?? "",
    price: String(source.priceVnd),
    unit: source.unit,
    weightGrams: source.weightGrams ? String(source.weightGrams) : "",
    shelfLifeDays: source.shelfLifeDays ? String(source.shelfLifeDays) : "",
    fragile: source.fragile ? "on" : "",
    packagingNotes: source.packagingNotes ?? "",
    stars: certificate ? String(certificate.stars) : "",
    decisionNumber: certificate?.decisionNumber ?? "",
    issuingLevel: certificate?.issuingLevel ?? "",
    decisionDate: certificate ? new Date(certificate.decisionDate).toISOString().slice(0, 10) : "",
  };
  return {
    values,
    reviewStatus: product.reviewStatus,
    reviewReason: product.reviewReason,
    pendingRevision: Boolean(revision),
    slug: product.slug,
    photos: product.images,
    hasScan: Boolean(product.certificates[0]?.scanUrl),
    listing: { tiktokProductId: product.tiktokProductId ?? "", skus: product.skus.map((s) => s.value) },
  };
}
