"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action";
import { AuthorizationError } from "@/lib/auth/policy";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { saveProduct, submitProduct } from "./manage";

/** Saves the form; with intent=submit, also sends the product for review. */
export async function saveProductAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const raw = String(formData.get("locale"));
  const locale = isLocale(raw) ? raw : "vi";
  const values = formValues(formData);
  try {
    const saved = await saveProduct(values);
    if (!saved.ok) return saved;
    const { productId, revision } = saved.result as { productId: string; revision: boolean };
    if (formData.get("intent") === "submit" && !revision) {
      const submitted = await submitProduct({ productId });
      if (!submitted.ok) return { ...submitted, values: { ...saved.values, ...values, productId } as Record<string, string> };
    }
    redirect(`${localePath(locale, "/producer/products")}?saved=${productId}`);
  } catch (error) {
    if (error instanceof AuthorizationError) redirect(`${localePath(locale, "/sign-in")}?callbackUrl=${encodeURIComponent(localePath(locale, "/producer/products"))}`);
    throw error;
  }
}
