/**
 * The public filter forms (the schedule's, the catalogue's) are plain GET forms: they send every
 * field, so a link a visitor shares would read `?province=…&group=&sort=stars`. Just before such a
 * form (`data-clean-query`) is sent, its fields left empty or at their default (`data-default`)
 * are disabled, and a disabled field is not sent: the address holds only what was chosen. Without
 * scripts the form sends them all, which the server reads the same way.
 */
type Field = { name: string; value: string; defaultValue?: string };

/** Whether a field says nothing the server would not assume anyway. */
export function isUnchosen(field: Field): boolean {
  return field.name !== "" && (field.value === "" || field.value === field.defaultValue);
}

export function startCleanQueries(root: ParentNode): void {
  const forms = root.querySelectorAll<HTMLFormElement>("form[data-clean-query]");
  if (forms.length === 0) return;
  const cleaned: (HTMLInputElement | HTMLSelectElement)[] = [];
  for (const form of forms) {
    form.addEventListener("submit", () => {
      for (const element of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name]:not([type=checkbox]):not([type=hidden]), select[name]")) {
        if (!isUnchosen({ name: element.name, value: element.value, defaultValue: element.dataset.default })) continue;
        element.disabled = true;
        cleaned.push(element);
      }
    });
  }
  // Back to the form from the page it led to (the browser's page cache): its fields work again.
  window.addEventListener("pageshow", () => {
    for (const element of cleaned.splice(0)) element.disabled = false;
  });
}
