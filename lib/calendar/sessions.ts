import { localePath, type Locale } from "@/lib/i18n/locales";
import type { PublicSession } from "@/lib/sessions/queries";
import type { CalendarEvent } from "./ics";

/** A public session as a calendar event. The UID never changes for a session. */
export function sessionEvent(session: PublicSession, origin: string, locale: Locale = "vi"): CalendarEvent {
  const url = `${origin}${localePath(locale, `/sessions/${session.id}`)}`;
  const lines = [
    `${session.host.name} (@${session.host.tiktokHandle}) · ${session.channel.name}`,
    session.producers.map((p) => p.name).join(", "),
    session.liveUrl ? `Live: ${session.liveUrl}` : "",
    url,
  ].filter(Boolean);
  return {
    uid: `${session.id}@chophien-ocop`,
    sequence: session.version,
    start: new Date(session.startsAt),
    end: new Date(session.endsAt),
    summary: session.status === "CANCELLED" ? `[Đã huỷ] ${session.title}` : session.title,
    description: lines.join("\n"),
    url,
    location: session.liveUrl ?? session.channel.url,
    cancelled: session.status === "CANCELLED",
    updated: new Date(session.updatedAt),
  };
}
