"use server";

import { revalidatePath } from "next/cache";
import { formValues, submitForm, type ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/guards";
import { AuthorizationError } from "@/lib/auth/policy";
import { discardStored, storePhoto, UploadError } from "@/lib/media/files";
import { limitUploads } from "@/lib/security/rate-limit";
import {
  cancelEnrolment,
  createWorkshop,
  decidePackagingCheck,
  enrolInWorkshop,
  recordAttendance,
  setReadinessRule,
  submitPackagingCheck,
} from "./manage";
import { acknowledgeHealthReview, changeCohort, recordComplaint, recordHealthReview, setGrowthConsent } from "./follow-up";
import { getProductPackaging } from "./queries";
import { ComplaintInputSchema, PackagingCheckInputSchema } from "./schema";

const TRAINING = { path: "/[locale]/admin/training", type: "layout" } as const;
const OWN_TRAINING = { path: "/[locale]/producer/training", type: "page" } as const;

export async function createWorkshopAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(createWorkshop, formData, TRAINING);
}

export async function enrolAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(enrolInWorkshop, formData, formData.get("producerId") ? TRAINING : OWN_TRAINING);
}

export async function cancelEnrolmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(cancelEnrolment, formData, formData.get("staff") ? TRAINING : OWN_TRAINING);
}

export async function attendanceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(recordAttendance, formData, TRAINING);
}

export async function decidePackagingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(decidePackagingCheck, formData, { path: "/[locale]/admin/packaging", type: "page" });
}

export async function readinessRuleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(setReadinessRule, formData, TRAINING);
}

/**
 * Sends a packaging check: the photo is stored only once the checklist is valid and the caller is
 * a producer within the hourly upload limit, then recorded in the check's transaction.
 */
export async function submitPackagingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const keep = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  const photo = formData.get("photo");
  let photoUrl: string | undefined;
  if (PackagingCheckInputSchema.safeParse(values).success && photo instanceof File && photo.size > 0) {
    const user = await getCurrentUser();
    if (user?.role !== "PRODUCER") return { ok: false, formError: "signInRequired" };
    // Nothing is stored, nor counted against the limit, for a product that isn't theirs.
    const product = await getProductPackaging(user, String(values.productId));
    if (!product) return { ok: false, formError: "notFound", values: keep };
    const limited = await limitUploads(user.id);
    if (limited) return { ...limited, values: keep };
    try {
      photoUrl = (await storePhoto(new Uint8Array(await photo.arrayBuffer()))).url;
    } catch (error) {
      if (error instanceof UploadError) return { ok: false, fieldErrors: { photo: error.messageKey }, values: keep };
      throw error;
    }
  }
  try {
    const state = await submitPackagingCheck(values, { extra: photoUrl ? { photoUrl } : undefined });
    if (state.ok) revalidatePath("/[locale]/producer/products/[id]/packaging", "page");
    // A refused check keeps no photo stored for it.
    else await discardStored([photoUrl]);
    return state.ok ? state : { ...state, values: keep };
  } catch (error) {
    if (error instanceof AuthorizationError) {
      await discardStored([photoUrl]);
      return { ok: false, formError: "signInRequired" };
    }
    throw error;
  }
}

const SHOP_REVIEW = { path: "/[locale]/admin/reviews/shops/[id]", type: "page" } as const;

export async function healthReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(recordHealthReview, formData, SHOP_REVIEW);
}

export async function cohortAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(changeCohort, formData, SHOP_REVIEW);
}

export async function acknowledgeHealthAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(acknowledgeHealthReview, formData, { path: "/[locale]/producer", type: "page" });
}

export async function growthConsentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(setGrowthConsent, formData, { path: "/[locale]/producer/shop", type: "page" });
}

/** At most this many photos with one complaint. */
const MAX_COMPLAINT_PHOTOS = 4;

/** Records a damage complaint: its photos are stored once the fields are valid and the caller is staff. */
export async function complaintAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const keep = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  const photos = formData.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
  const photoUrls: string[] = [];
  if (ComplaintInputSchema.safeParse(values).success && photos.length > 0) {
    const user = await getCurrentUser();
    if (user?.role !== "STAFF" && user?.role !== "ADMIN") return { ok: false, formError: "signInRequired" };
    if (photos.length > MAX_COMPLAINT_PHOTOS) return { ok: false, fieldErrors: { photos: "photoCount" }, values: keep };
    const limited = await limitUploads(user.id);
    if (limited) return { ...limited, values: keep };
    try {
      for (const photo of photos) photoUrls.push((await storePhoto(new Uint8Array(await photo.arrayBuffer()))).url);
    } catch (error) {
      if (error instanceof UploadError) return { ok: false, fieldErrors: { photos: error.messageKey }, values: keep };
      throw error;
    }
  }
  try {
    const state = await recordComplaint(values, { extra: { photoUrls } });
    if (state.ok) {
      revalidatePath("/[locale]/admin/reviews/products/[id]", "page");
      return state;
    }
    return { ...state, values: keep };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, formError: "signInRequired" };
    throw error;
  }
}
