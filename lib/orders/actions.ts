"use server";

import { submitForm, type ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { stageImport } from "@/lib/results/import";
import { limitUploads } from "@/lib/security/rate-limit";
import { z } from "zod";
import { ORDER_IMPORT_MAX_BYTES, orderStagedKey, previewOrderImport, type OrderPlan } from "./import";
import { confirmOrderImport, updateProductListing } from "./manage";

export type OrderPreview = OrderPlan & { sha256: string; fileName: string; size: number; producerId: string };

/**
 * Reads an uploaded order export for one shop and says what importing it would do; writes nothing.
 * A producer previews for their own shop; staff for the shop they choose. The file waits under
 * its SHA-256 for the confirmation (on the shared store, so any instance can confirm it).
 */
export async function previewOrderImportAction(_previous: ActionState<OrderPreview>, formData: FormData): Promise<ActionState<OrderPreview>> {
  const user = await getCurrentUser();
  if (!user || !(user.role === "PRODUCER" || STAFF_ROLES.includes(user.role))) return { ok: false, formError: "signInRequired" };
  const requested = z.uuid().safeParse(formData.get("producerId"));
  const producerId = user.role === "PRODUCER" ? (requested.success ? requested.data : user.producerIds[0]) : requested.success ? requested.data : null;
  if (!producerId) return { ok: false, fieldErrors: { producerId: "producerRequired" } };
  if (user.role === "PRODUCER" && !user.producerIds.includes(producerId)) return { ok: false, formError: "notFound" };
  const file = formData.get("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, fieldErrors: { file: "fileRequired" } };
  if (file.size > ORDER_IMPORT_MAX_BYTES) return { ok: false, fieldErrors: { file: "fileTooLarge" } };
  const limited = await limitUploads(user.id);
  if (limited) return limited;
  const { sha256, size } = await stageImport(file, orderStagedKey);
  const plan = await previewOrderImport(producerId, sha256);
  return { ok: true, result: { ...plan, sha256, size, producerId, fileName: file.name.slice(0, 255) || "orders.csv" } };
}

export async function confirmOrderImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(confirmOrderImport, formData);
}

export async function updateProductListingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(updateProductListing, formData);
}
