"use server";

import { submitForm, type ActionState } from "@/lib/action";
import { createIntegrationToken, revokeIntegrationToken } from "./manage";

const TOKENS_PAGE = { path: "/[locale]/admin/(admin)/integrations", type: "page" } as const;

export async function createTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(createIntegrationToken, formData, TOKENS_PAGE);
}

export async function revokeTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(revokeIntegrationToken, formData, TOKENS_PAGE);
}
