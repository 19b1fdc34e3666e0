import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { decode } from "next-auth/jwt";
import { loadSessionUser } from "@/lib/auth/sessions";
import type { Role } from "@/lib/db/generated/enums";
import { actionBodyLimit, needsRole } from "@/lib/security/body-limits";

/**
 * The body limit of server actions, applied by the server before Next reads a byte of the body
 * (lib/security/body-limits.ts). The action behind a Next-Action id comes from the build's
 * server-reference manifest (re-read when it changes: `next dev` builds actions as pages load);
 * the caller's role from the session cookie, checked against its live session.
 */
export function actionGate(projectRoot: string, secret: string) {
  const manifestFile = path.join(projectRoot, ".next", "server", "server-reference-manifest.json");
  let names = new Map<string, string>();
  let readAt = 0;
  const actionName = (id: string): string | undefined => {
    if (!names.has(id) && existsSync(manifestFile) && statSync(manifestFile).mtimeMs !== readAt) {
      readAt = statSync(manifestFile).mtimeMs;
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
      names = new Map(Object.entries(manifest.node).map(([key, v]) => [key, `${v.filename}#${v.exportedName}`]));
    }
    return names.get(id);
  };

  const role = async (req: IncomingMessage): Promise<Role | null> => {
    const cookies = new Map((req.headers.cookie ?? "").split(/;\s*/).map((c) => [c.slice(0, c.indexOf("=")), decodeURIComponent(c.slice(c.indexOf("=") + 1))] as const));
    for (const salt of ["__Secure-authjs.session-token", "authjs.session-token"]) {
      const token = cookies.get(salt);
      if (!token) continue;
      const claims = await decode({ token, secret, salt }).catch(() => null);
      const user = await loadSessionUser(typeof claims?.sid === "string" ? claims.sid : undefined, claims?.sub ?? undefined);
      return user?.role ?? null;
    }
    return null;
  };

  /** Null when the request may go on; otherwise the status to answer with, unread. */
  return async (req: IncomingMessage): Promise<{ status: 411 | 413; limit: number } | null> => {
    const id = req.headers["next-action"];
    if (req.method !== "POST" || typeof id !== "string") return null;
    const length = Number(req.headers["content-length"]);
    if (!Number.isFinite(length)) return { status: 411, limit: 0 };
    const action = actionName(id);
    const limit = actionBodyLimit(action, needsRole(action, length) ? await role(req) : null);
    return length > limit ? { status: 413, limit } : null;
  };
}
