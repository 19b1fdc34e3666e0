import { isDraining } from "@/lib/health/draining";
import { cacheStatus, databaseIsUp } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  if (isDraining()) {
    return Response.json({ status: "draining", database: null, cache: null }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
  // The shared cache (Redis) being away degrades nothing but speed: pages are rendered uncached,
  // so the instance stays in the proxy's pool (200) and says so.
  const [database, cache] = await Promise.all([databaseIsUp(), cacheStatus()]);
  return Response.json(
    { status: database ? (cache === "unavailable" ? "degraded" : "ok") : "degraded", database, cache },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
