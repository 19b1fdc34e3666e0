import type { Locale } from "@/lib/i18n/locales";

/** "1 ngày 3 giờ", "2 giờ 5 phút", "1 phút": the time left, rounded up to the minute. */
export function describeTimeLeft(ms: number, locale: Locale): string {
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

/** The countdown's line (components/sessions/countdown.tsx) as of `now`: empty once the time has come. */
export function countdownText(startsAt: string, template: string, locale: Locale, now: number): string {
  const left = Date.parse(startsAt) - now;
  return left > 0 ? template.replace("{time}", describeTimeLeft(left, locale)) : "";
}

export function startCountdowns(root: ParentNode, now: () => number): () => void {
  const lines = [...root.querySelectorAll<HTMLElement>("[data-countdown]")];
  const update = () => {
    for (const line of lines) {
      const { countdown = "", template = "", locale } = line.dataset;
      line.textContent = countdownText(countdown, template, locale === "en" ? "en" : "vi", now());
    }
  };
  update();
  return update;
}
