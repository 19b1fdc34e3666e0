import { calendarFeed } from "@/lib/calendar/feeds";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return calendarFeed({ provinceSlug: (await params).slug });
}
