"use server";

import { submitForm, type ActionState } from "@/lib/action";
import { bulkApprove, decideReview } from "./manage";

export async function decideReviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(decideReview, formData);
}

export async function bulkApproveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(bulkApprove, formData);
}
