import { isDraining } from "@/lib/health/draining";
import { databaseIsUp } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  if (isDraining()) {
    return Response.json({ status: "draining", database: null }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
  const database = await databaseIsUp();
  return Response.json(
    { status: database ? "ok" : "degraded", database },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
