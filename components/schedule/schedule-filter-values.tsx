"use client";

import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { PROVINCES } from "@/lib/provinces/data";

/**
 * Puts the URL's filters into the server-rendered form (static HTML shows every field empty):
 * the fields are the browser's own (uncontrolled), so this only sets their values. It also fills
 * the province field's suggestions (the 34 current names; an old name typed in is understood all
 * the same): the names are already in this chunk for the filters, so they need not be sent in
 * every schedule page's HTML and payload.
 */
export function ScheduleFilterValues({ formId }: { formId: string }) {
  const params = useSearchParams();
  const query = params?.toString() ?? "";
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const suggestions = form.querySelector("datalist");
    if (suggestions && !suggestions.firstChild) {
      for (const name of PROVINCES.map((p) => p.name).sort((a, b) => a.localeCompare(b, "vi"))) suggestions.append(new Option("", name));
    }
    const values = new URLSearchParams(query);
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]")) {
      if (field.type === "hidden") continue;
      const value = values.get(field.name) ?? "";
      if (field instanceof HTMLInputElement && field.type === "checkbox") field.checked = value === field.value;
      else field.value = value;
    }
  }, [formId, query]);
  return null;
}
