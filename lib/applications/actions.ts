"use server";

import { revalidatePath } from "next/cache";
import { submitForm, type ActionState } from "@/lib/action";
import { applyForSession, withdrawApplication } from "./manage";

async function run(action: typeof applyForSession | typeof withdrawApplication, formData: FormData): Promise<ActionState> {
  const state = await submitForm(action, formData);
  if (state.ok) revalidatePath("/[locale]/producer/applications", "page");
  return state;
}

export async function applyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return run(applyForSession, formData);
}

export async function withdrawAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return run(withdrawApplication, formData);
}
