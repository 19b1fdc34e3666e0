"use server";

import { revalidatePath } from "next/cache";
import { submitForm, type ActionState } from "@/lib/action";
import { createIntegrationToken, revokeIntegrationToken } from "./manage";

async function refreshed(state: Promise<ActionState>): Promise<ActionState> {
  const result = await state;
  if (result.ok) revalidatePath("/[locale]/admin/(admin)/integrations", "page");
  return result;
}

export async function createTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshed(submitForm(createIntegrationToken, formData));
}

export async function revokeTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return refreshed(submitForm(revokeIntegrationToken, formData));
}
