import { z } from "zod";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "importMissing");

/** Confirming a previewed export: the staged file, its name, and whose shop it is. */
export const ConfirmOrdersSchema = z.object({
  sha256: Sha256,
  fileName: z.string().trim().min(1).max(255).transform((n) => n.replace(/[^\p{L}\p{N} ._()-]/gu, "_")),
  producerId: z.uuid("producerRequired"),
});

/** One SKU as the seller centre writes it: letters, digits and - _ . / (no spaces). */
const SkuValue = z.string().trim().min(1, "skuInvalid").max(64, "skuInvalid").regex(/^[\p{L}\p{N}._\/-]+$/u, "skuInvalid");

/**
 * A product's TikTok Shop listing as its producer edits it: the product id on TikTok Shop and its
 * SKUs (Seller SKUs or SKU IDs), one per line or separated by commas.
 */
export const ProductListingSchema = z.object({
  productId: z.uuid("notFound"),
  tiktokProductId: z
    .string()
    .trim()
    .regex(/^\d{0,30}$/, "tiktokIdInvalid")
    .transform((v) => v || null),
  skus: z
    .string()
    .max(4000, "tooLong")
    .transform((text) => [...new Set(text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(SkuValue, "skuInvalid").max(50, "tooMany")),
});
