import { calendarFeed } from "@/lib/calendar/feeds";
import { formerProvinceTarget } from "@/lib/provinces/former";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A subscription to a former province's feed follows its new unit (lib/provinces/former.ts).
  const merged = formerProvinceTarget(slug);
  if (merged) return new Response(null, { status: 308, headers: { Location: `/provinces/${merged}/calendar.ics` } });
  return calendarFeed({ provinceSlug: slug });
}
