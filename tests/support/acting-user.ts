/**
 * For tests that call what a browser reaches (the 'use server' exports and route handlers): the
 * session lookup answers `acting.user`, and Next's request-scoped helpers work outside a request.
 * Import this before the modules under test, then import those dynamically.
 */
import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/users";

export const acting: { user: CurrentUser | null; headers: Headers } = { user: null, headers: new Headers() };

vi.mock("@/lib/auth/guards", async () => {
  const { AuthorizationError } = await import("@/lib/auth/policy");
  const fail = () => {
    throw new Error("pages are not called here");
  };
  return { getCurrentUser: async () => acting.user, requireUser: fail, requireRole: fail, AuthorizationError };
});
vi.mock("next/headers", () => ({ headers: async () => acting.headers, cookies: async () => ({ get: () => undefined, getAll: () => [] }) }));
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {}, revalidatePath: () => {}, updateTag: () => {} }));

/** FormData as a browser sends it; arrays become repeated fields. */
export function formData(values: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  return data;
}
