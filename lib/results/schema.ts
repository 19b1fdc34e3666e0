import { z } from "zod";
import { parseFigure } from "./csv";

const figure = (required: boolean) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw?.trim()) {
        if (required) ctx.addIssue({ code: "custom", message: "required" });
        return null;
      }
      const n = parseFigure(raw);
      if (n === null) ctx.addIssue({ code: "custom", message: "figureInvalid" });
      return n;
    });

/**
 * A session's results as staff type them. Per-product figures come as `orders:<productId>`,
 * `units:<productId>` and `gmv:<productId>`; one product outside the line-up can be added with a
 * reason. Non-negative whole numbers; "1.234.567" and "1234567" both work.
 */
export const ResultsInputSchema = z
  .object({
    sessionId: z.string().uuid("notFound"),
    viewers: figure(true),
    peakViewers: figure(true),
    durationMinutes: figure(false),
    newFollowers: figure(false),
    extraProduct: z.string().trim().max(200).optional().transform((v) => v || null),
    extraReason: z.string().trim().max(500).optional().transform((v) => v || null),
  })
  .catchall(z.union([z.string(), z.array(z.string())]))
  .transform((input, ctx) => {
    const lines = new Map<string, { orders: number; units: number; gmv: number }>();
    for (const [name, value] of Object.entries(input)) {
      const m = /^(orders|units|gmv):([0-9a-f-]{36})$/i.exec(name);
      if (!m) continue;
      const text = String((Array.isArray(value) ? value[0] : value) ?? "");
      const n = text.trim() === "" ? 0 : parseFigure(text);
      if (n === null) {
        ctx.addIssue({ code: "custom", path: [name], message: "figureInvalid" });
        continue;
      }
      const line = lines.get(m[2]!) ?? { orders: 0, units: 0, gmv: 0 };
      line[m[1] as "orders" | "units" | "gmv"] = n;
      lines.set(m[2]!, line);
    }
    if (input.viewers !== null && input.peakViewers !== null && input.peakViewers > input.viewers) {
      ctx.addIssue({ code: "custom", path: ["peakViewers"], message: "peakAboveViewers" });
    }
    if (input.extraProduct && !input.extraReason) ctx.addIssue({ code: "custom", path: ["extraReason"], message: "reasonRequired" });
    return {
      sessionId: input.sessionId,
      viewers: input.viewers ?? 0,
      peakViewers: input.peakViewers ?? 0,
      durationMinutes: input.durationMinutes,
      newFollowers: input.newFollowers,
      extraProduct: input.extraProduct,
      extraReason: input.extraReason,
      lines: [...lines.entries()].map(([productId, l]) => ({ productId, ...l })),
    };
  });

/** The id under which an import page polls the progress of its preview and confirmation. */
export const JobIdSchema = z.string().uuid();

export const ConfirmImportSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "importMissing"),
  fileName: z.string().trim().min(1).max(255).transform((n) => n.replace(/[^\p{L}\p{N} ._()-]/gu, "_")),
  job: JobIdSchema.optional().or(z.literal("").transform(() => undefined)),
});
