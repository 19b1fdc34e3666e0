"use client";

import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { SessionStatus } from "@/lib/db/generated/enums";
import { displayStatus } from "@/lib/sessions/status";

const TONES = { LIVE: "live", CANCELLED: "red", COMPLETED: "neutral", SCHEDULED: "green", DRAFT: "amber" } as const;

/**
 * The status as of now: the page may have been rendered a minute ago, so the browser's clock
 * moves a session to "live" or "ended" on time. The first render matches the server's HTML.
 */
export function SessionStatusBadge({
  status,
  startsAt,
  endsAt,
  initial,
  labels,
}: {
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
  initial: SessionStatus;
  /** The status names in the page's language (passed in: the dictionaries stay on the server). */
  labels: Record<SessionStatus, string>;
}) {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    const update = () => setShown(displayStatus({ status, startsAt, endsAt }, new Date()));
    const timer = setInterval(update, 30_000);
    const first = setTimeout(update, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [status, startsAt, endsAt]);
  return <Badge tone={TONES[shown]}>{labels[shown]}</Badge>;
}
