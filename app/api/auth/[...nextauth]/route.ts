import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { crossSiteRefusal } from "@/lib/security/same-origin";

export const { GET } = handlers;

/** Auth.js checks its own CSRF token; requests from another site are refused before that. */
export async function POST(request: NextRequest): Promise<Response> {
  return crossSiteRefusal(request) ?? handlers.POST(request);
}
