import { signOut } from "@/lib/auth/config";
import { revokeCurrentSession } from "@/lib/auth/sign-out";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { crossSiteRefusal } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

/**
 * Signs the caller out of this device: a plain form's POST, so the header's account control works
 * the same on public pages (which run no React: lib/public/documents.ts) and in the signed-in
 * areas. The session's row is revoked and audited, the cookie cleared, then home (303: a GET).
 */
export async function POST(request: Request): Promise<Response> {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const locale = String(form?.get("locale") ?? "");
  await revokeCurrentSession(false);
  await signOut({ redirect: false });
  return new Response(null, { status: 303, headers: { Location: localePath(isLocale(locale) ? locale : "vi", "/"), "Cache-Control": "no-store" } });
}
