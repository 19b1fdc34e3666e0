import { z } from "zod";

/** TikTok Shop caps a live at 100 products. */
export const MAX_LINEUP = 100;

const optionalText = (max: number) => z.string().trim().max(max, "tooLong").optional().transform((v) => v || null);
const optionalInt = (max: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > max) ctx.addIssue({ code: "custom", message: "invalid" });
      return n;
    });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeInvalid");

/**
 * A session as staff plan it. Times are Vietnam local times on `date`. Messages are keys of
 * messages.staff.errors; field names match the form's inputs.
 */
export const SessionInputSchema = z
  .object({
    sessionId: z.string().uuid().optional().or(z.literal("").transform(() => undefined)),
    version: z.coerce.number().int().min(0).optional(),
    title: z.string().trim().min(3, "required").max(150, "tooLong"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "dateInvalid"),
    start: time,
    end: time,
    hostId: z.string().uuid("required"),
    channelId: z.string().uuid("required"),
    themeProvinceId: optionalInt(34),
    themeGroupId: optionalInt(6),
    themeDestination: optionalText(150),
    themeProudVietnamese: z.string().optional().transform((v) => v === "on" || v === "true"),
    liveUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || /^https:\/\/([a-z0-9-]+\.)*tiktok\.com\//i.test(v), "liveUrlInvalid"),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "endBeforeStart" });
  });

export type SessionInput = z.output<typeof SessionInputSchema>;

export const SESSION_TRANSITIONS = {
  DRAFT: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["DRAFT", "LIVE", "COMPLETED", "CANCELLED"],
  LIVE: ["COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
} as const;

export const SessionStatusSchema = z.object({
  sessionId: z.string().uuid("notFound"),
  version: z.coerce.number().int().min(0),
  status: z.enum(["DRAFT", "SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"]),
});

export const LineupChangeSchema = z.object({
  sessionId: z.string().uuid("notFound"),
  productId: z.string().uuid("notFound"),
  change: z.enum(["add", "remove"]),
});

export const CopyWeekSchema = z.object({
  /** The Saturday to fill from the one before it. */
  saturday: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid"),
});

export const ApplicationDecisionSchema = z
  .object({
    applicationId: z.string().uuid("notFound"),
    decision: z.enum(["ACCEPT", "DECLINE"]),
    sessionId: z.string().uuid("sessionRequired").optional().or(z.literal("").transform(() => undefined)),
    reason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "ACCEPT" && !v.sessionId) ctx.addIssue({ code: "custom", path: ["sessionId"], message: "sessionRequired" });
    if (v.decision === "DECLINE" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
