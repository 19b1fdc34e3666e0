import "server-only";
import { assertRole } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { packagingBlocks } from "@/lib/programme/rules";

export type OwnApplication = {
  id: string;
  saturday: string;
  preferredTime: string | null;
  status: ApplicationStatus;
  reason: string | null;
  note: string | null;
  products: string[];
  session: { id: string; title: string; startsAt: string } | null;
};

/** The signed-in producer's applications, the coming Saturdays first. */
export async function listOwnApplications(user: CurrentUser | null): Promise<OwnApplication[]> {
  const checked = assertRole(user, ["PRODUCER"]);
  const rows = await db.sessionApplication.findMany({
    where: { producerId: { in: checked.producerIds } },
    orderBy: [{ saturday: "desc" }, { createdAt: "desc" }],
    take: 50,
    select: {
      id: true,
      saturday: true,
      preferredTime: true,
      status: true,
      reason: true,
      note: true,
      products: { select: { product: { select: { name: true } } } },
      session: { select: { id: true, title: true, startsAt: true } },
    },
  });
  return rows.map((r) => ({
    ...r,
    saturday: r.saturday.toISOString().slice(0, 10),
    products: r.products.map((p) => p.product.name),
    session: r.session ? { ...r.session, startsAt: r.session.startsAt.toISOString() } : null,
  }));
}

/**
 * The producer's approved products, to choose from when applying; a fragile one whose packaging is
 * not checked yet is listed as blocked, so the form can say why and where to fix it.
 */
export async function listApplicableProducts(user: CurrentUser | null) {
  const checked = assertRole(user, ["PRODUCER"]);
  const products = await db.product.findMany({
    where: { producerId: { in: checked.producerIds }, reviewStatus: "APPROVED" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, fragile: true, packagingStatus: true },
  });
  return products.map((p) => ({ id: p.id, name: p.name, packagingBlocked: packagingBlocks(p) }));
}
