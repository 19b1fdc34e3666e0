import "server-only";
import { findPublicProducer } from "@/lib/producers/queries";
import { getPublicSession, listFeedSessions } from "@/lib/sessions/queries";
import { db } from "@/lib/db/client";
import { siteUrl } from "@/lib/site";
import { buildCalendar } from "./ics";
import { sessionEvent } from "./sessions";

const HEADERS = {
  "Content-Type": "text/calendar; charset=utf-8",
  "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
};

function respond(body: string, filename: string): Response {
  return new Response(body, { headers: { ...HEADERS, "Content-Disposition": `inline; filename="${filename}"` } });
}

/** The calendar feed of upcoming sessions: all, one province's, or one producer's. */
export async function calendarFeed(scope: { provinceSlug?: string; producerSlug?: string }): Promise<Response> {
  const origin = siteUrl();
  let name = "Chợ phiên OCOP";
  let filter: { provinceId?: number; producerId?: string } = {};
  if (scope.provinceSlug) {
    const province = await db.province.findUnique({ where: { slug: scope.provinceSlug }, select: { id: true, name: true } });
    if (!province) return new Response("Not found", { status: 404 });
    name = `Chợ phiên OCOP – ${province.name}`;
    filter = { provinceId: province.id };
  } else if (scope.producerSlug) {
    const producer = await findPublicProducer(scope.producerSlug);
    if (!producer) return new Response("Not found", { status: 404 });
    name = `Chợ phiên OCOP – ${producer.name}`;
    filter = { producerId: producer.id };
  }
  const sessions = await listFeedSessions(filter);
  return respond(buildCalendar({ name, events: sessions.map((s) => sessionEvent(s, origin)) }), "cho-phien-ocop.ics");
}

/** One session's .ics, for "Add to calendar". */
export async function sessionCalendar(id: string): Promise<Response> {
  const session = await getPublicSession(id);
  if (!session) return new Response("Not found", { status: 404 });
  const body = buildCalendar({ name: session.title, events: [sessionEvent(session, siteUrl())] });
  return new Response(body, {
    headers: { ...HEADERS, "Content-Disposition": `attachment; filename="cho-phien-ocop-${session.id.slice(0, 8)}.ics"` },
  });
}
