"use server";

import { revalidatePath } from "next/cache";
import { submitForm, type ActionState } from "@/lib/action";
import { saveChannel, saveHost, setReferenceActive } from "./manage";

async function refreshed(state: Promise<ActionState>): Promise<ActionState> {
  const result = await state;
  if (result.ok) revalidatePath("/[locale]/admin", "layout");
  return result;
}

export async function saveHostAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshed(submitForm(saveHost, formData));
}

export async function saveChannelAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshed(submitForm(saveChannel, formData));
}

export async function setReferenceActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshed(submitForm(setReferenceActive, formData));
}
