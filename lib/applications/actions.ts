"use server";

import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/lib/action";
import { AuthorizationError } from "@/lib/auth/policy";
import { applyForSession, withdrawApplication } from "./manage";

async function run(action: typeof applyForSession | typeof withdrawApplication, formData: FormData): Promise<ActionState> {
  try {
    const state = await action(formValues(formData));
    if (state.ok) revalidatePath("/[locale]/producer/applications", "page");
    return state;
  } catch (error) {
    // A session that expired meanwhile: say so next to the form instead of failing the page.
    if (error instanceof AuthorizationError) return { ok: false, formError: "signInRequired" };
    throw error;
  }
}

export async function applyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return run(applyForSession, formData);
}

export async function withdrawAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return run(withdrawApplication, formData);
}
