/**
 * Who is signed in, for integration tests (loaded by tests/support/integration-db.ts for every
 * file): the session lookup (`getCurrentUser`) answers the user of `asUser(user, call)` around
 * the call, else `acting.user`, and Next's request-scoped helpers work outside a request. This is
 * the only way a test acts as someone: production code has no parameter for it, and the real
 * session lookup is tested on its own (tests/integration/sessions.test.ts).
 * Files that call what a browser reaches import the modules under test dynamically, after this.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/users";

export const acting: { user: CurrentUser | null; headers: Headers } = { user: null, headers: new Headers() };

const signedIn = new AsyncLocalStorage<{ user: CurrentUser | null }>();

/** Runs `call` as `user` (null: a visitor); calls made at once as different users stay apart. */
export function asUser<T>(user: CurrentUser | null, call: () => Promise<T>): Promise<T> {
  return signedIn.run({ user }, call);
}

vi.mock("@/lib/auth/guards", async () => {
  const { AuthorizationError } = await import("@/lib/auth/policy");
  const fail = () => {
    throw new Error("pages are not called here");
  };
  const current = async () => {
    const scoped = signedIn.getStore();
    return scoped ? scoped.user : acting.user;
  };
  return { getCurrentUser: current, requireUser: fail, requireRole: fail, AuthorizationError };
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
