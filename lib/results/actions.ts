"use server";

import { submitForm, type ActionState } from "@/lib/action";
import { getCurrentUser } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { limitUploads } from "@/lib/security/rate-limit";
import { IMPORT_MAX_BYTES, previewImport, stageImport, type ImportPlan } from "./import";
import { importProgress } from "./progress";
import { confirmImport, recordResults } from "./manage";
import { JobIdSchema } from "./schema";

export type ImportPreview = ImportPlan & { sha256: string; fileName: string; size: number };

/**
 * Reads an uploaded results file and says what importing it would do; writes nothing to the
 * database. The file waits under its SHA-256 for the confirmation.
 */
export async function previewImportAction(_previous: ActionState<ImportPreview>, formData: FormData): Promise<ActionState<ImportPreview>> {
  const user = await getCurrentUser();
  if (!user || !STAFF_ROLES.includes(user.role)) return { ok: false, formError: "signInRequired" };
  const file = formData.get("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, fieldErrors: { file: "fileRequired" } };
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, fieldErrors: { file: "fileTooLarge" } };
  const limited = await limitUploads(user.id);
  if (limited) return limited;
  const { sha256, size } = await stageImport(file);
  const job = JobIdSchema.safeParse(formData.get("job"));
  const progress = job.success ? importProgress(job.data, user.id) : undefined;
  const plan = await previewImport(sha256, progress);
  return { ok: true, result: { ...plan, sha256, size, fileName: file.name.slice(0, 255) || "results.csv" } };
}

export async function confirmImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(confirmImport, formData);
}

export async function recordResultsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitForm(recordResults, formData);
}
