import { z } from "zod";

/**
 * What an integration token may do. `results:write`: send a completed session's figures
 * (POST /api/v1/sessions/{id}/results). `sessions:read-private`: see draft sessions in the
 * sessions list, for partners who prepare the line-ups.
 */
export const TOKEN_SCOPES = ["results:write", "sessions:read-private"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_LIFETIMES_DAYS = [30, 90, 180, 365] as const;

/** What an admin fills in to make a token. */
export const CreateTokenSchema = z.object({
  name: z.string().trim().min(3, "tooShort").max(80, "tooLong"),
  scopes: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(TOKEN_SCOPES, "scopeInvalid")).min(1, "scopeRequired")),
  lifetimeDays: z.coerce.number().pipe(z.union(TOKEN_LIFETIMES_DAYS.map((d) => z.literal(d)), "lifetimeInvalid")),
});

export const RevokeTokenSchema = z.object({ id: z.uuid() });
