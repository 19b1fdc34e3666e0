"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { AuthorizationError } from "@/lib/auth/policy";
import { updateShop } from "./profile";
import { registerProducer } from "./register";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function registerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = String(formData.get("locale"));
  let state: ActionState;
  try {
    state = await registerProducer(formValues(formData));
  } catch (error) {
    // Two registrations of one address at the same moment: the loser gets the same answer.
    if (!isUniqueViolation(error)) throw error;
    state = { ok: true };
  }
  if (state.ok) redirect(localePath(isLocale(locale) ? locale : "vi", "/register/done"));
  return state;
}

export async function updateShopAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    return await updateShop(formValues(formData));
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, formError: "signInRequired" };
    throw error;
  }
}
