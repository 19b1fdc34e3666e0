"use server";

import { revalidatePath } from "next/cache";
import { markNotificationsRead } from "./manage";

export async function markNotificationsReadAction(): Promise<void> {
  const state = await markNotificationsRead({});
  if (state.ok) revalidatePath("/[locale]/producer", "page");
}
