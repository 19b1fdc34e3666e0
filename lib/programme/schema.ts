import { z } from "zod";
import { WORKSHOP_TOPICS } from "./rules";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeInvalid");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "dateInvalid");
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").optional().transform((v) => v || null);
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");
const uuid = z.string().uuid("notFound");

/**
 * A workshop as staff plan it: Vietnam local date and times, a place or an online link (or both).
 * Messages are keys of messages.programme.errors.
 */
export const WorkshopInputSchema = z
  .object({
    title: z.string().trim().min(3, "required").max(150, "tooLong"),
    topic: z.enum(WORKSHOP_TOPICS, { message: "required" }),
    description: optionalText(1000),
    date,
    start: time,
    end: time,
    place: optionalText(200),
    onlineUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || /^https:\/\/[^\s]+$/i.test(v), "urlInvalid"),
    capacity: z.coerce.number({ message: "capacityInvalid" }).int("capacityInvalid").min(1, "capacityInvalid").max(1000, "capacityInvalid"),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "endBeforeStart" });
    if (!v.place && !v.onlineUrl) ctx.addIssue({ code: "custom", path: ["place"], message: "whereRequired" });
  });

/** Signing up: a producer for their own shop (no producerId), staff for the shop they name. */
export const EnrolmentInputSchema = z.object({
  workshopId: uuid,
  producerId: z.string().uuid("producerRequired").optional().or(z.literal("").transform(() => undefined)),
});

export const EnrolmentRefSchema = z.object({ enrolmentId: uuid });

/** Staff mark one enrolment after the workshop: came, or did not. */
export const AttendanceSchema = z.object({ enrolmentId: uuid, status: z.enum(["ATTENDED", "ABSENT"], { message: "required" }) });

export const PackagingCheckInputSchema = z.object({
  productId: uuid,
  cushioning: checkbox,
  boxStrength: checkbox,
  fragileLabel: checkbox,
  note: optionalText(1000),
});

export const PackagingDecisionSchema = z
  .object({
    checkId: uuid,
    decision: z.enum(["APPROVE", "REQUEST_CHANGES"], { message: "decisionRequired" }),
    reason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REQUEST_CHANGES" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });

export const ReadinessRuleSchema = z.object({ hardStop: checkbox });
