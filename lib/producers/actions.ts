"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { AuthorizationError } from "@/lib/auth/policy";
import { updateShop } from "./profile";
import { clientIp } from "@/lib/security/client-ip";
import { registerProducer } from "./register";
import { RegistrationSchema, ShopProfileSchema } from "./schema";
import { storeLogo, UploadError } from "@/lib/media/files";

/** Stores the logo once the fields are valid (a file cannot be handed back to the form). */
async function logoFrom(formData: FormData, valid: boolean): Promise<{ logoUrl: string | null } | { error: string }> {
  const file = formData.get("logo");
  if (!valid || !file || typeof file === "string" || file.size === 0) return { logoUrl: null };
  try {
    return { logoUrl: (await storeLogo(new Uint8Array(await file.arrayBuffer()))).url };
  } catch (error) {
    if (error instanceof UploadError) return { error: error.messageKey };
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function registerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = String(formData.get("locale"));
  let state: ActionState;
  const values = formValues(formData);
  const logo = await logoFrom(formData, RegistrationSchema.safeParse(values).success);
  if ("error" in logo) return { ok: false, fieldErrors: { logo: logo.error }, values: Object.fromEntries(Object.entries(values).filter(([k]) => k !== "password").map(([k, v]) => [k, String(v)])) };
  try {
    state = await registerProducer(values, { extra: { ...logo, ip: clientIp(await headers()) } });
  } catch (error) {
    // Two registrations of one address at the same moment: the loser gets the same answer.
    if (!isUniqueViolation(error)) throw error;
    state = { ok: true };
  }
  if (state.ok) redirect(localePath(isLocale(locale) ? locale : "vi", "/register/done"));
  return state;
}

export async function updateShopAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const logo = await logoFrom(formData, ShopProfileSchema.safeParse(values).success);
  if ("error" in logo) return { ok: false, fieldErrors: { logo: logo.error }, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) };
  try {
    return await updateShop(values, { extra: logo });
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, formError: "signInRequired" };
    throw error;
  }
}
