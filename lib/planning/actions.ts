"use server";

import { redirect } from "next/navigation";
import { submitForm, type ActionState } from "@/lib/action";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { changeLineup, copyPreviousSaturday, decideApplication, saveSession, setSessionStatus } from "./manage";

/** Saves a session; a new one opens its page, where the line-up is filled. */
export async function saveSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await submitForm(saveSession, formData);
  const raw = String(formData.get("locale"));
  if (state.ok && !formData.get("sessionId")) {
    const { sessionId } = state.result as { sessionId: string };
    redirect(`${localePath(isLocale(raw) ? raw : "vi", `/admin/sessions/${sessionId}`)}?created=1`);
  }
  return state;
}

export async function setSessionStatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(setSessionStatus, formData);
}

export async function changeLineupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(changeLineup, formData);
}

export async function copyPreviousSaturdayAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(copyPreviousSaturday, formData);
}

export async function decideApplicationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(decideApplication, formData);
}
