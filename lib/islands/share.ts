/** The copy-link buttons (components/sessions/share-links.tsx): shown where there is a clipboard. */
export function startShareButtons(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-copy-link]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      void navigator.clipboard.writeText(button.dataset.copyLink!).then(() => {
        button.textContent = button.dataset.copied ?? "";
      });
    });
  }
}
