import { sessionCalendar } from "@/lib/calendar/feeds";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return sessionCalendar((await params).id);
}
