import { getCurrentUser } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { readImportProgress } from "@/lib/results/progress";

export const dynamic = "force-dynamic";

/** How far the signed-in staff member's own import has got (the import page polls this). */
export async function GET(_request: Request, { params }: { params: Promise<{ job: string }> }) {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!user || !STAFF_ROLES.includes(user.role)) return Response.json({ error: "forbidden" }, { status: 403, headers });
  const progress = await readImportProgress(user, (await params).job);
  return progress ? Response.json(progress, { headers }) : Response.json({ error: "notFound" }, { status: 404, headers });
}
