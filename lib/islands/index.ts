/**
 * The public pages' only script (docs/decisions/0023-public-pages-without-the-framework-runtime.md):
 * no framework, a few kilobytes, deferred. Each part works on what the server's HTML marks with
 * data attributes and leaves the page as it is where nothing is marked.
 */
import { startAccount } from "./account";
import { startCleanQueries } from "./clean-query";
import { startCountdowns } from "./countdown";
import { startLiveStatuses } from "./live-status";
import { startShareButtons } from "./share";

function start() {
  for (const slot of document.querySelectorAll<HTMLElement>("[data-account]")) startAccount(slot);
  startShareButtons(document);
  startCleanQueries(document);
  const countdowns = startCountdowns(document, () => Date.now());
  const statuses = startLiveStatuses(document, () => new Date());
  // A page with neither (a producer's, a search) keeps no timer.
  if (!document.querySelector("[data-countdown], [data-live-status]")) return;
  setInterval(() => {
    countdowns();
    statuses();
  }, 30_000);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
