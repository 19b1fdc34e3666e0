import { z } from "zod";
import { addDays, comingSaturday, vnDateOf, weekday } from "@/lib/time";

/** How far ahead producers may apply (check: one edit here). */
export const APPLICATION_WEEKS_AHEAD = 8;
export const SLOT_TIMES = ["07:00", "08:30", "10:00"] as const;

/**
 * The Saturdays a producer can apply for now, in Vietnam time: from the coming one — not today's
 * once it is Saturday (its line-ups are settled and it is under way or over).
 */
export function openSaturdays(now = new Date()): string[] {
  const coming = comingSaturday(now);
  const first = vnDateOf(now) === coming ? addDays(coming, 7) : coming;
  return Array.from({ length: APPLICATION_WEEKS_AHEAD }, (_, i) => addDays(first, i * 7));
}

export const ApplicationInputSchema = z.object({
  saturday: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "saturdayInvalid")
    .refine((d) => weekday(d) === 6 && openSaturdays().includes(d), "saturdayInvalid"),
  preferredTime: z
    .string()
    .transform((v) => v || null)
    .refine((v) => v === null || (SLOT_TIMES as readonly string[]).includes(v), "timeInvalid"),
  // No box ticked: the field is absent; one: a string; several: an array.
  productIds: z
    .unknown()
    .transform((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []))
    .pipe(z.array(z.string().uuid("productsInvalid")).min(1, "productsRequired").max(20, "productsTooMany")),
  note: z.string().trim().max(500, "tooLong").transform((v) => v || null),
});

export const ApplicationRefSchema = z.object({ applicationId: z.string().uuid("notFound") });
