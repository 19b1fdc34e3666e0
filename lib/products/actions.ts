"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/guards";
import { AuthorizationError } from "@/lib/auth/policy";
import { limitUploads } from "@/lib/security/rate-limit";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { discardStored, MAX_PHOTOS, storePhoto, storeScan, UploadError, type StoredPhoto } from "@/lib/media/files";
import { saveProduct, submitProduct, type ProductUploads } from "./manage";
import { ProductInputSchema } from "./schema";

const files = (formData: FormData, name: string) =>
  formData.getAll(name).filter((f): f is File => typeof f === "object" && "arrayBuffer" in f && f.size > 0);

/**
 * Saves the form; with intent=submit, also sends the product for review. Uploads are checked and
 * stored only once the fields are valid (files cannot be handed back to a form), then recorded in
 * the same transaction as the product.
 */
export async function saveProductAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const raw = String(formData.get("locale"));
  const locale = isLocale(raw) ? raw : "vi";
  const values = formValues(formData);
  const keep = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  try {
    let uploads: ProductUploads | undefined;
    if (ProductInputSchema.safeParse(values).success) {
      const photos = files(formData, "photos");
      const scan = files(formData, "scan")[0];
      if (photos.length > MAX_PHOTOS) return { ok: false, fieldErrors: { photos: "photoCount" }, values: keep };
      if (photos.length > 0 || scan) {
        // Only a producer may store files, within the hourly limit: checked before any is written.
        const user = await getCurrentUser();
        if (user?.role !== "PRODUCER") throw new AuthorizationError(user ? "FORBIDDEN" : "UNAUTHENTICATED");
        const limited = await limitUploads(user.id);
        if (limited) return { ...limited, values: keep };
      }
      // One file at a time, so a refusal names the file (and the form keeps the others); the
      // files stored before a refused one are removed again.
      let current: File | undefined;
      const stored: StoredPhoto[] = [];
      try {
        for (const f of photos) {
          current = f;
          stored.push(await storePhoto(new Uint8Array(await f.arrayBuffer())));
        }
        current = scan;
        uploads = { photos: stored, scan: scan ? await storeScan(new Uint8Array(await scan.arrayBuffer())) : null };
      } catch (error) {
        await discardStored(stored.map((p) => p.url));
        if (!(error instanceof UploadError)) throw error;
        const field = error.messageKey.startsWith("scan") ? "scan" : "photos";
        const file = current ? { [field]: { file: current.name, size: String(current.size) } } : undefined;
        return { ok: false, fieldErrors: { [field]: error.messageKey }, fieldParams: file, values: keep };
      }
    }
    const saved = await saveProduct(values, { extra: uploads });
    if (!saved.ok) {
      // Refused (its transaction rolled back): none of the files stored for it stay. (After an
      // unexpected error they are left: whether it struck before or after the commit is unknown.)
      await discardStored([...(uploads?.photos.map((p) => p.url) ?? []), uploads?.scan?.url]);
      return saved;
    }
    const { productId, revision } = saved.result as { productId: string; revision: boolean };
    if (formData.get("intent") === "submit" && !revision) {
      const submitted = await submitProduct({ productId });
      if (!submitted.ok) return { ...submitted, values: { ...keep, productId } };
    }
    redirect(`${localePath(locale, "/producer/products")}?saved=${productId}`);
  } catch (error) {
    if (error instanceof AuthorizationError) {
      redirect(`${localePath(locale, "/sign-in")}?callbackUrl=${encodeURIComponent(localePath(locale, "/producer/products"))}`);
    }
    throw error;
  }
}
