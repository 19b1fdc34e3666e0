"use server";

import { submitForm, type ActionState } from "@/lib/action";
import { applyForSession, withdrawApplication } from "./manage";

const APPLICATIONS_PAGE = { path: "/[locale]/producer/applications", type: "page" } as const;

export async function applyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(applyForSession, formData, APPLICATIONS_PAGE);
}

export async function withdrawAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(withdrawApplication, formData, APPLICATIONS_PAGE);
}
