import { calendarFeed } from "@/lib/calendar/feeds";

export async function GET() {
  return calendarFeed({});
}
