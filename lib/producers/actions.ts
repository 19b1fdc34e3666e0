"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { AuthorizationError } from "@/lib/auth/policy";
import { updateShop } from "./profile";
import { getCurrentUser } from "@/lib/auth/guards";
import { clientIp } from "@/lib/security/client-ip";
import { limitUploads } from "@/lib/security/rate-limit";
import { registerProducer } from "./register";
import { RegistrationSchema, ShopProfileSchema } from "./schema";
import { discardStored, storeLogo, UploadError } from "@/lib/media/files";
import { isUniqueViolation } from "@/lib/db/errors";

/**
 * Stores the logo once the fields are valid (a file cannot be handed back to the form), within
 * the hourly upload limit of `who` (an account id, or a visitor's address).
 */
async function logoFrom(formData: FormData, valid: boolean, who: string): Promise<{ logoUrl: string | null } | { error: string } | { limited: ActionState }> {
  const file = formData.get("logo");
  if (!valid || !file || typeof file === "string" || file.size === 0) return { logoUrl: null };
  const limited = await limitUploads(who);
  if (limited) return { limited };
  try {
    return { logoUrl: (await storeLogo(new Uint8Array(await file.arrayBuffer()))).url };
  } catch (error) {
    if (error instanceof UploadError) return { error: error.messageKey };
    throw error;
  }
}

export async function registerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = String(formData.get("locale"));
  let state: ActionState;
  const values = formValues(formData);
  const ip = clientIp(await headers());
  const logo = await logoFrom(formData, RegistrationSchema.safeParse(values).success, `ip:${ip}`);
  const keep = Object.fromEntries(Object.entries(values).filter(([k]) => k !== "password").map(([k, v]) => [k, String(v)]));
  if ("limited" in logo) return { ...logo.limited, values: keep };
  if ("error" in logo) return { ok: false, fieldErrors: { logo: logo.error }, values: keep };
  // A logo stored for a registration that is then refused (or loses a race) is removed again.
  const discardLogo = () => discardStored([logo.logoUrl]);
  try {
    state = await registerProducer(values, { extra: { ...logo, ip } });
  } catch (error) {
    // Two registrations of one address at the same moment: the loser (rolled back, its logo
    // removed) gets the same answer.
    if (!isUniqueViolation(error)) throw error;
    await discardLogo();
    state = { ok: true };
  }
  if (state.ok) redirect(localePath(isLocale(locale) ? locale : "vi", "/register/done"));
  await discardLogo();
  return state;
}

export async function updateShopAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  // Only a producer may store a logo: checked before any file is written.
  const user = await getCurrentUser();
  if (user?.role !== "PRODUCER") return { ok: false, formError: "signInRequired" };
  const keep = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  const logo = await logoFrom(formData, ShopProfileSchema.safeParse(values).success, user.id);
  if ("limited" in logo) return { ...logo.limited, values: keep };
  if ("error" in logo) return { ok: false, fieldErrors: { logo: logo.error }, values: keep };
  try {
    const state = await updateShop(values, { extra: logo });
    if (!state.ok) await discardStored([logo.logoUrl]);
    return state;
  } catch (error) {
    // Refused before anything was written: the logo goes too.
    if (error instanceof AuthorizationError) {
      await discardStored([logo.logoUrl]);
      return { ok: false, formError: "signInRequired" };
    }
    throw error;
  }
}
