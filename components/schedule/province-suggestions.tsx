"use client";

import { useEffect } from "react";
import { PROVINCES } from "@/lib/provinces/data";

/**
 * Fills the province field's suggestions (the 34 current names; an old name typed in is understood
 * all the same) once scripts run: from this chunk, so the names need not be sent in every
 * schedule page's HTML and payload. Without scripts the field simply has no suggestions.
 */
export function ProvinceSuggestions({ listId }: { listId: string }) {
  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list || list.firstChild) return;
    for (const name of PROVINCES.map((p) => p.name).sort((a, b) => a.localeCompare(b, "vi"))) list.append(new Option("", name));
  }, [listId]);
  return null;
}
