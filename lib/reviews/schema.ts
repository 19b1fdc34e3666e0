import { z } from "zod";

export const REVIEW_TARGETS = ["PRODUCER", "PRODUCT", "PRODUCT_REVISION"] as const;
export const DECISIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;
/** A bulk approval handles at most one page of the queue. */
export const MAX_BULK = 100;

const reason = z.string().trim().max(2000, "tooLong");

/**
 * A reviewer's decision. `version` is the item's version the reviewer saw: a change made
 * meanwhile (by the producer or another reviewer) is refused instead of being approved unseen.
 * Messages are keys of messages.staff.errors.
 */
export const DecisionSchema = z
  .object({
    target: z.enum(REVIEW_TARGETS),
    id: z.string().uuid("notFound"),
    decision: z.enum(DECISIONS, "decisionRequired"),
    reason: reason.optional().transform((v) => v || null),
    version: z.coerce.number().int().min(0),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "APPROVE" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });

export const BulkApproveSchema = z.object({
  target: z.enum(REVIEW_TARGETS),
  ids: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).filter(Boolean))
    .pipe(z.array(z.string().uuid("notFound")).min(1, "selectSome").max(MAX_BULK, "tooMany")),
});

export type ReviewTargetKind = (typeof REVIEW_TARGETS)[number];
export type DecisionKind = (typeof DECISIONS)[number];
