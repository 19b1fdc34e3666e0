import "server-only";
import type { CurrentUser } from "@/lib/auth/users";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { objectStore } from "@/lib/storage/store";

/** A certificate scan is private: staff, and the producer whose product it certifies. */
export async function canReadScan(user: CurrentUser | null, url: string): Promise<boolean> {
  if (!user) return false;
  if (STAFF_ROLES.includes(user.role)) return true;
  const certificate = await db.certificate.findFirst({ where: { scanUrl: url }, select: { product: { select: { producerId: true } } } });
  return Boolean(certificate && user.producerIds.includes(certificate.product.producerId));
}

/** An uploaded file's bytes from the object store (disk or bucket), or null when there is none. */
export async function readMedia(key: string): Promise<Buffer | null> {
  return objectStore().get(key);
}
