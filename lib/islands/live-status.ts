import { displayStatus } from "@/lib/sessions/status";

/** What a status badge of a session still to come or live carries (components/sessions/session-status.tsx). */
export type LiveStatus = {
  startsAt: string;
  endsAt: string;
  /** The badge's text and classes once live, and once ended. */
  LIVE: [string, string];
  COMPLETED: [string, string];
};

/** The text and classes the badge should show at `now`, or null while it stays as rendered (still to come). */
export function liveStatusAt(live: LiveStatus, now: Date): [string, string] | null {
  const status = displayStatus({ status: "SCHEDULED", startsAt: live.startsAt, endsAt: live.endsAt }, now);
  return status === "LIVE" || status === "COMPLETED" ? live[status] : null;
}

export function startLiveStatuses(root: ParentNode, now: () => Date): () => void {
  const badges = [...root.querySelectorAll<HTMLElement>("[data-live-status]")].map((element) => ({
    element,
    live: JSON.parse(element.dataset.liveStatus!) as LiveStatus,
  }));
  const update = () => {
    for (const { element, live } of badges) {
      const shown = liveStatusAt(live, now());
      if (!shown || element.textContent === shown[0]) continue;
      element.textContent = shown[0];
      element.className = shown[1];
    }
  };
  update();
  return update;
}
