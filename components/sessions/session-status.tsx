import { Badge, badgeClass } from "@/components/ui/badge";
import type { SessionStatus } from "@/lib/db/generated/enums";
import type { LiveStatus } from "@/lib/islands/live-status";

const TONES = { LIVE: "live", CANCELLED: "red", COMPLETED: "neutral", SCHEDULED: "green", DRAFT: "amber" } as const;

/**
 * A session's status as the page was rendered. A page may be served a while after that, so a
 * session still to come or live carries its times and the states it may move to: the islands'
 * script (lib/islands/live-status.ts) moves it to "live" or "ended" on time by the browser's clock.
 */
export function SessionStatusBadge({
  session: { status, startsAt, endsAt },
  initial,
  labels,
}: {
  /** The stored status and times (ISO instants). */
  session: { status: SessionStatus; startsAt: string; endsAt: string };
  /** The status to show now (`displayStatus`: a scheduled session whose time has come is live). */
  initial: SessionStatus;
  /** The status names in the page's language. */
  labels: Record<SessionStatus, string>;
}) {
  const moving = status === "SCHEDULED" || status === "LIVE";
  const live: LiveStatus | undefined = moving
    ? { startsAt, endsAt, LIVE: [labels.LIVE, badgeClass(TONES.LIVE)], COMPLETED: [labels.COMPLETED, badgeClass(TONES.COMPLETED)] }
    : undefined;
  return (
    <Badge tone={TONES[initial]} {...(live ? { "data-live-status": JSON.stringify(live) } : {})}>
      {labels[initial]}
    </Badge>
  );
}
