import { z } from "zod";
import { parseVnd } from "@/lib/money";
import { certificateExpiry } from "@/lib/ocop";
import { vnDateOf } from "@/lib/time";

/** From this date 3★ certificates are no longer issued by districts (check: one edit here). */
export const DISTRICT_LEVEL_ENDED = "2025-07-01";

const optionalInt = (max: number, message: string) =>
  z.string().transform((value, ctx) => {
    const text = value.replace(/[.\s]/g, "").trim();
    if (!text) return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0 || n > max) ctx.addIssue({ code: "custom", message });
    return n;
  });

/**
 * A product as its producer edits it, certificate included. Messages are keys of
 * messages.productForm.errors. Field names match the form's inputs.
 */
export const ProductInputSchema = z
  .object({
    productId: z.string().uuid().optional().or(z.literal("").transform(() => undefined)),
    name: z.string().trim().min(3, "required").max(150, "tooLong"),
    groupId: z.coerce.number().int().min(1, "required").max(6, "required"),
    description: z.string().trim().max(3000, "tooLong").transform((v) => v || null),
    price: z.string().transform((value, ctx) => {
      const price = parseVnd(value);
      if (price === null || price <= 0 || price > 1_000_000_000) ctx.addIssue({ code: "custom", message: "priceInvalid" });
      return price ?? 0;
    }),
    unit: z.string().trim().min(1, "required").max(60, "tooLong"),
    weightGrams: optionalInt(1_000_000, "numberInvalid"),
    shelfLifeDays: optionalInt(36_500, "numberInvalid"),
    fragile: z.string().optional().transform((v) => v === "on" || v === "true"),
    packagingNotes: z.string().trim().max(1000, "tooLong").transform((v) => v || null),
    stars: z.coerce.number().int().min(3, "starsInvalid").max(5, "starsInvalid"),
    decisionNumber: z.string().trim().min(3, "required").max(60, "tooLong"),
    issuingLevel: z.enum(["CENTRAL", "PROVINCE", "DISTRICT"], "required"),
    decisionDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
      .refine((d) => !Number.isNaN(Date.parse(d)), "dateInvalid")
      .refine((d) => d <= vnDateOf(new Date()), "dateFuture"),
  })
  .superRefine((input, ctx) => {
    if (input.fragile && !input.packagingNotes) ctx.addIssue({ code: "custom", path: ["packagingNotes"], message: "packagingRequired" });
    // 5★ is certified centrally; 4★ by the province; 3★ by the province, or by the district
    // before Decision 1489/QĐ-TTg (1 July 2025).
    const allowed =
      input.stars === 5
        ? ["CENTRAL"]
        : input.stars === 4 || input.decisionDate >= DISTRICT_LEVEL_ENDED
          ? ["PROVINCE"]
          : ["PROVINCE", "DISTRICT"];
    if (!allowed.includes(input.issuingLevel)) ctx.addIssue({ code: "custom", path: ["issuingLevel"], message: "issuingLevelInvalid" });
  })
  .transform((input) => ({ ...input, expiresOn: certificateExpiry(input.decisionDate) }));

export type ProductInput = z.output<typeof ProductInputSchema>;

export const ProductRefSchema = z.object({ productId: z.string().uuid("notFound") });
