import { z } from "zod";
import { COMPLAINT_SOURCES, WORKSHOP_TOPICS } from "./rules";

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

/** A damage complaint staff record against a product (and the session it sold in, when known). */
export const ComplaintInputSchema = z.object({
  productId: uuid,
  sessionId: z.string().uuid("notFound").optional().or(z.literal("").transform(() => undefined)),
  source: z.enum(COMPLAINT_SOURCES, { message: "required" }),
  description: z.string().trim().min(5, "descriptionRequired").max(1000, "tooLong"),
});

const score = z.coerce.number({ message: "scoreInvalid" }).int("scoreInvalid").min(1, "scoreInvalid").max(5, "scoreInvalid");

/** A shop health review: five scores from 1 to 5 and the guidance the producer reads. */
export const HealthReviewInputSchema = z.object({
  producerId: uuid,
  responseTime: score,
  onTimeShipping: score,
  damageRate: score,
  listingQuality: score,
  livePerformance: score,
  guidance: z.string().trim().min(10, "guidanceRequired").max(2000, "tooLong"),
});

export const HealthAckSchema = z.object({ reviewId: uuid });

/** Staff add a shop to the "Hạt giống OCOP" cohort or take it out, always with a reason. */
export const CohortChangeSchema = z.object({
  producerId: uuid,
  change: z.enum(["join", "leave"]),
  cohortReason: z.string().trim().min(5, "reasonRequiredCohort").max(500, "tooLong"),
});

export const GrowthConsentSchema = z.object({ publishGrowth: checkbox });
