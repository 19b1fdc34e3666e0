import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import type { z } from "zod";
import { assertRole, AuthorizationError } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/users";
import { db, TRANSACTION_OPTIONS, type Tx } from "@/lib/db/client";
import { isRetryableConflict, isTransactionStartTimeout } from "@/lib/db/errors";
import type { Role } from "@/lib/db/generated/enums";
import { writeAudit, type AuditEntry } from "@/lib/audit/log";
import { logger } from "@/lib/observability/log";

/** What a form gets back: field errors by name (message keys), and what the user typed. */
export type ActionState<Result = unknown> = {
  ok?: boolean;
  result?: Result;
  formError?: string;
  /** Values for the placeholders of the form error ("{name} decided first"). */
  formParams?: Record<string, string>;
  fieldErrors?: Record<string, string>;
  /** Values for a field error's message: the refused file's name and size, for one. */
  fieldParams?: Record<string, Record<string, string>>;
  values?: Record<string, string>;
};

/** Turns FormData into a plain object; repeated names become arrays. Files are left out. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/**
 * The guards, loaded on first use (they bring next-auth, which scripts outside Next cannot load)
 * and once: every action shares the same load.
 */
let guardsModule: Promise<typeof import("@/lib/auth/guards")> | undefined;
const guards = () => (guardsModule ??= import("@/lib/auth/guards"));

/** A domain rule broken inside the transaction: the message key is shown, nothing is written. */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly params?: Record<string, string>,
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}

export type ActionContext<Extra = undefined> = {
  user: CurrentUser | null;
  /** What the form sent besides fields (stored uploads), prepared before the transaction. */
  extra: Extra;
  tx: Tx;
  /** Writes an audit row in the same transaction, with the current user as actor. */
  audit(entry: Omit<AuditEntry, "actorId"> & { actorId?: string | null }): Promise<void>;
};

/**
 * The one path for every mutation (docs/decisions/0005-actions.md), in order: parse the input
 * with the domain's zod schema (field errors go back with the typed values); check the caller
 * (roles, or `null` for actions open to visitors, like registration) — ownership is checked by
 * `run` itself, against the data it loads; run the change in one transaction that also writes the
 * audit rows; revalidate the cache tags it touched. Nothing mutates data outside this path.
 */
export function defineAction<Schema extends z.ZodType, Result, Extra = undefined>(options: {
  schema: Schema;
  /**
   * Who may call: these roles; `null`, anyone (visitors included: registration); "token", an
   * integration token only (the API's writes): the session cookie is then never read, and `run`
   * checks the token's scope from `extra`.
   */
  roles: readonly Role[] | null | "token";
  run: (input: z.output<Schema>, ctx: ActionContext<Extra>) => Promise<Result>;
  tags?: (result: Result) => string[];
  /**
   * Turns a database error of the failed (rolled-back) transaction into a message, e.g. an
   * exclusion-constraint violation into "clashes with session X". Runs outside the transaction.
   */
  onError?: (error: unknown, input: z.output<Schema>) => Promise<ActionError | null>;
  /** Longest the transaction may run, in ms (a minute unless said: TRANSACTION_OPTIONS; a 100,000-line import needs more). */
  timeoutMs?: number;
}) {
  /** `extra`: what the 'use server' wrapper prepared from the request (stored uploads, the address). */
  return async (input: Record<string, unknown>, { extra }: { extra?: Extra } = {}): Promise<ActionState<Result>> => {
    const values = Object.fromEntries(
      Object.entries(input).filter(([key]) => !/password/i.test(key)).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v ?? "")]),
    );
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        fieldErrors[field] ??= issue.message;
      }
      return { ok: false, fieldErrors, values };
    }
    // The session's user, always: no caller can name someone else.
    const user = options.roles === "token" ? null : await (await guards()).getCurrentUser();
    if (Array.isArray(options.roles)) assertRole(user, options.roles);
    const attempt = () =>
      db.$transaction(
        async (tx) =>
          options.run(parsed.data, {
            user,
            extra: extra as Extra,
            tx,
            audit: (entry) => writeAudit(tx, { ...entry, actorId: entry.actorId === undefined ? (user?.id ?? null) : entry.actorId }),
          }),
        { ...TRANSACTION_OPTIONS, ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) },
      );
    try {
      let result: Result;
      // A deadlock or serialization failure rolled everything back: run it again (twice at most).
      for (let tries = 1; ; tries++) {
        try {
          result = await attempt();
          break;
        } catch (error) {
          if (tries >= 3 || !isRetryableConflict(error)) throw error;
        }
      }
      for (const tag of options.tags?.(result) ?? []) revalidateTag(tag, { expire: 0 });
      return { ok: true, result };
    } catch (caught) {
      // Every connection stayed busy while this request waited: nothing was written, so the user
      // is asked to send it again, instead of getting an error page.
      const busy = isTransactionStartTimeout(caught);
      if (busy) logger.warn({ err: caught }, "action refused: the database is busy");
      const error =
        caught instanceof ActionError ? caught : busy ? new ActionError("busy") : ((await options.onError?.(caught, parsed.data)) ?? caught);
      if (!(error instanceof ActionError)) logger.error({ err: error }, "action failed");
      if (error instanceof ActionError) {
        const params = error.params ? { formParams: error.params } : {};
        return error.field
          ? { ok: false, fieldErrors: { [error.field]: error.messageKey }, values, ...params }
          : { ok: false, formError: error.messageKey, values, ...params };
      }
      throw error;
    }
  };
}

/**
 * Runs an action from a form post (for the 'use server' wrappers): a session that expired meanwhile
 * becomes a message next to the form instead of a failed page.
 */
export async function submitForm<R>(
  action: (input: Record<string, unknown>) => Promise<ActionState<R>>,
  formData: FormData,
  /** A page that shows what the action changed outside cache tags, re-rendered once it succeeds. */
  refresh?: { path: string; type: "page" | "layout" },
): Promise<ActionState<R>> {
  try {
    const state = await action(formValues(formData));
    if (state.ok && refresh) revalidatePath(refresh.path, refresh.type);
    return state;
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, formError: "signInRequired" };
    throw error;
  }
}
