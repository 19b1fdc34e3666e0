"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";

function describe(ms: number, locale: Locale): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const vi = locale === "vi";
  const parts = [
    days ? `${days} ${vi ? "ngày" : days === 1 ? "day" : "days"}` : "",
    hours ? `${hours} ${vi ? "giờ" : "h"}` : "",
    !days && mins ? `${mins} ${vi ? "phút" : "min"}` : "",
  ].filter(Boolean);
  return parts.join(" ");
}

/**
 * "Starts in 1 h 20 min", from the browser's clock. The static HTML holds the empty line at its
 * final height, so filling it in moves nothing below it (no layout shift).
 */
export function Countdown({ startsAt, template, locale }: { startsAt: string; template: string; locale: Locale }) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const update = () => setLeft(new Date(startsAt).getTime() - Date.now());
    update();
    const timer = setInterval(update, 30_000);
    return () => clearInterval(timer);
  }, [startsAt]);
  return (
    <p className="min-h-5 text-sm font-medium text-orange-800" aria-live="off">
      {left !== null && left > 0 ? template.replace("{time}", describe(left, locale)) : null}
    </p>
  );
}
