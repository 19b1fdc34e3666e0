"use server";

import { submitForm, type ActionState } from "@/lib/action";
import { saveChannel, saveHost, setReferenceActive } from "./manage";

/** Hosts and channels appear in the admin area's forms and lists. */
const ADMIN_AREA = { path: "/[locale]/admin", type: "layout" } as const;

export async function saveHostAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(saveHost, formData, ADMIN_AREA);
}

export async function saveChannelAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(saveChannel, formData, ADMIN_AREA);
}

export async function setReferenceActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(setReferenceActive, formData, ADMIN_AREA);
}
