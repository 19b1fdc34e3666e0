"use server";

import { headers } from "next/headers";
import { submitForm, type ActionState } from "@/lib/action";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/security/client-ip";
import { changeRole, createResetLink, createStaffUser, requestPasswordReset, resetPassword, setUserStatus } from "./manage";

const USERS_PAGE = { path: "/[locale]/admin/(admin)/users", type: "page" } as const;

/** A reset token leaves the server once, as a link for the admin to hand over. */
async function withResetLink(state: Promise<ActionState>, formData: FormData): Promise<ActionState> {
  const result = await state;
  if (!result.ok) return result;
  const token = (result.result as { token?: string } | undefined)?.token;
  if (!token) return { ok: true };
  const raw = String(formData.get("locale"));
  return { ok: true, result: { link: localePath(isLocale(raw) ? raw : "vi", `/reset-password/${token}`) } };
}

export async function createStaffUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return withResetLink(submitForm(createStaffUser, formData, USERS_PAGE), formData);
}

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return withResetLink(submitForm(changeRole, formData, USERS_PAGE), formData);
}

export async function setUserStatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return withResetLink(submitForm(setUserStatus, formData, USERS_PAGE), formData);
}

export async function createResetLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return withResetLink(submitForm(createResetLink, formData, USERS_PAGE), formData);
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ip = clientIp(await headers());
  const state = await submitForm((input) => resetPassword(input, { extra: { ip } }), formData);
  return state.ok ? { ok: true } : state;
}

export async function requestPasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ip = clientIp(await headers());
  return submitForm((input) => requestPasswordReset(input, { extra: { ip } }), formData);
}
