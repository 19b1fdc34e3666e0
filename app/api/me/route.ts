import { getCurrentUser } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";

/** Who is signed in, for the header island of static pages. Private, never cached. */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
