import { z } from "zod";
import { CERTIFIED_STARS, OCOP_GROUPS } from "@/lib/ocop";
import { parseFigure } from "@/lib/results/csv";

/**
 * The one definition of the public API's inputs and outputs (`/api/v1`). The route handlers parse
 * with these schemas and the OpenAPI document (`lib/api/openapi.ts`) is generated from them, so
 * the contract cannot drift from the code. Field names are stable: add, never rename.
 */

export const LIMIT_MAX = 100;
export const LIMIT_DEFAULT = 20;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "not a calendar date")
  .meta({ format: "date", example: "2026-12-05" });
const utc = z.string().meta({ format: "date-time", description: "ISO 8601, UTC", example: "2026-12-05T00:00:00Z" });
const local = z.string().meta({ description: "The same instant in Vietnam time (UTC+07:00)", example: "2026-12-05T07:00:00+07:00" });
const money = z.number().int().meta({ description: "Integer VND" });
const groupId = z.coerce.number().int().min(1).max(OCOP_GROUPS.length).meta({ description: "OCOP product group 1–6" });
const stars = z.coerce.number().int().min(CERTIFIED_STARS[0]).max(5).meta({ description: "At least this many OCOP stars (a current certificate)" });

const page = {
  cursor: z.string().max(200).optional().meta({ description: "The `nextCursor` of the previous page" }),
  limit: z.coerce.number().int().min(1).max(LIMIT_MAX).default(LIMIT_DEFAULT).meta({ description: `Items per page, at most ${LIMIT_MAX}` }),
};

/** Query strings: strict, so an unknown parameter is a 400 that names it, never ignored silently. */
export const SessionsQuerySchema = z
  .strictObject({
    week: z.string().regex(/^\d{4}-W\d{2}$/, "expected an ISO week YYYY-Www").optional().meta({ description: "ISO week, Vietnam time", example: "2026-W49" }),
    from: date.optional().meta({ description: "First Vietnam date (inclusive)" }),
    to: date.optional().meta({ description: "Last Vietnam date (inclusive)" }),
    province: z.string().min(1).max(80).optional().meta({ description: "A current province or a former (pre-2025) name, slug or id", example: "Hà Giang" }),
    group: groupId.optional(),
    stars: stars.optional(),
    host: z.string().min(1).max(80).optional().meta({ description: "The host's TikTok handle, with or without @" }),
    status: z.enum(["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"]).optional(),
    ...page,
  })
  .meta({ id: "SessionsQuery" });

export const ProductsQuerySchema = z
  .strictObject({
    producer: z.string().min(1).max(120).optional().meta({ description: "The producer's slug" }),
    province: SessionsQuerySchema.shape.province,
    group: groupId.optional(),
    stars: stars.optional(),
    q: z.string().min(2).max(100).optional().meta({ description: "Words of the name, with or without Vietnamese diacritics" }),
    ...page,
  })
  .meta({ id: "ProductsQuery" });

export const ProducersQuerySchema = z
  .strictObject({
    province: SessionsQuerySchema.shape.province,
    q: ProductsQuerySchema.shape.q,
    ...page,
  })
  .meta({ id: "ProducersQuery" });

export const NoQuerySchema = z.strictObject({});

export const SessionIdParamsSchema = z.object({ id: z.uuid().meta({ description: "The session's id" }) });
export const SlugParamsSchema = z.object({ slug: z.string().min(1).max(200).meta({ description: "The slug in the public page's address" }) });

const ProvinceRef = z.object({ id: z.number().int(), name: z.string(), slug: z.string() }).meta({ id: "ProvinceRef" });

export const ProductCardSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    priceVnd: money,
    unit: z.string(),
    groupId: z.number().int(),
    stars: z.number().int().nullable().meta({ description: "Stars of the current certificate; null when none or expired" }),
    imageUrl: z.string().nullable(),
    producer: z.object({ slug: z.string(), name: z.string(), province: z.string() }),
    url: z.string().meta({ description: "The public page" }),
  })
  .meta({ id: "ProductCard" });

export const ProductSchema = ProductCardSchema.extend({
  description: z.string().nullable(),
  weightGrams: z.number().int().nullable(),
  shelfLifeDays: z.number().int().nullable(),
  fragile: z.boolean(),
  images: z.array(z.object({ url: z.string(), alt: z.string(), width: z.number().int(), height: z.number().int() })),
  certificate: z
    .object({
      stars: z.number().int(),
      decisionNumber: z.string(),
      issuingLevel: z.enum(["CENTRAL", "PROVINCE", "DISTRICT"]),
      decisionDate: date,
      expiresOn: date,
      expired: z.boolean(),
    })
    .nullable(),
}).meta({ id: "Product" });

export const ProducerCardSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    legalForm: z.enum(["COOPERATIVE", "ENTERPRISE", "HOUSEHOLD"]),
    province: ProvinceRef,
    tiktokHandle: z.string().nullable(),
    logoUrl: z.string().nullable(),
    url: z.string(),
  })
  .meta({ id: "ProducerCard" });

export const ProducerSchema = ProducerCardSchema.extend({
  description: z.string().nullable(),
  products: z.array(ProductCardSchema),
}).meta({ id: "Producer" });

export const SessionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED", "DRAFT"]).meta({ description: "As the public pages show it, from the clock; DRAFT only for a token with sessions:read-private" }),
    startsAt: utc,
    startsAtLocal: local,
    endsAt: utc,
    endsAtLocal: local,
    liveUrl: z.string().nullable(),
    host: z.object({ name: z.string(), tiktokHandle: z.string() }),
    channel: z.object({ name: z.string(), tiktokHandle: z.string(), url: z.string() }),
    theme: z.object({
      province: ProvinceRef.nullable(),
      groupId: z.number().int().nullable(),
      proudVietnamese: z.boolean(),
      destination: z.string().nullable(),
    }),
    producers: z.array(z.object({ slug: z.string(), name: z.string(), province: ProvinceRef })),
    products: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        priceVnd: money,
        unit: z.string(),
        groupId: z.number().int(),
        stars: z.number().int().nullable(),
        imageUrl: z.string().nullable(),
        producerSlug: z.string(),
      }),
    ),
    url: z.string(),
    calendarUrl: z.string().meta({ description: "The session as an iCalendar file" }),
  })
  .meta({ id: "Session" });

export const ProvinceSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    kind: z.enum(["CITY", "PROVINCE"]),
    region: z.enum(["NORTH", "CENTRAL", "SOUTH"]),
    formerNames: z.array(z.string()).meta({ description: "Province-level units merged into it on 1 July 2025" }),
  })
  .meta({ id: "Province" });

export const GroupSchema = z.object({ id: z.number().int(), slug: z.string(), nameVi: z.string(), nameEn: z.string() }).meta({ id: "Group" });

const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
    })
    .meta({ id });

export const SessionPageSchema = pageOf(SessionSchema, "SessionPage");
export const ProductPageSchema = pageOf(ProductCardSchema, "ProductPage");
export const ProducerPageSchema = pageOf(ProducerCardSchema, "ProducerPage");
export const ProvinceListSchema = z.object({ data: z.array(ProvinceSchema) }).meta({ id: "ProvinceList" });
export const GroupListSchema = z.object({ data: z.array(GroupSchema) }).meta({ id: "GroupList" });

/** A figure as a JSON number, or as text people type ("1.234.567"): a whole number ≥ 0 either way. */
const figure = z
  .union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.string().max(30)])
  .transform((value, ctx) => {
    const n = typeof value === "number" ? value : parseFigure(value);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: 'expected a whole number ≥ 0, e.g. 1234567 or "1.234.567"' });
      return z.NEVER;
    }
    return n;
  });

/** A completed session's figures, as the CSV import takes them: the session's lines are replaced by these. */
export const SessionResultsInputSchema = z
  .strictObject({
    viewers: z.number().int().min(0).max(2_147_483_647).optional().meta({ description: "Viewers of the session" }),
    lines: z
      .array(
        z.strictObject({
          product: z.string().trim().min(1).max(200).meta({ description: "The product's SKU (slug) or its name" }),
          orders: figure,
          units: figure,
          gmv: figure.meta({ description: "Integer VND" }),
        }),
      )
      .min(1)
      .max(1000)
      .meta({ description: "Every product sold in the session; a product of the session left out has its figures removed" }),
  })
  .meta({ id: "SessionResultsInput" });

export const SessionResultsWrittenSchema = z
  .object({
    sessionId: z.uuid(),
    importId: z.uuid().nullable().meta({ description: "The provenance record of this write; null when nothing changed" }),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
  })
  .meta({ id: "SessionResultsWritten" });

export const IdempotencyKeySchema = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, "visible ASCII, no spaces");

/** RFC 9457 problem details: the one error shape of every endpoint. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem" }),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: "Machine-readable: bad_request, not_found, unauthorized, forbidden, conflict, rate_limited, …" }),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "Field errors of a 400, one per invalid or unknown field" }),
  })
  .meta({ id: "Problem" });

export type SessionsQuery = z.output<typeof SessionsQuerySchema>;
export type SessionResultsInput = z.output<typeof SessionResultsInputSchema>;
export type ProductsQuery = z.output<typeof ProductsQuerySchema>;
export type ProducersQuery = z.output<typeof ProducersQuerySchema>;
export type ApiSession = z.output<typeof SessionSchema>;
export type ApiProductCard = z.output<typeof ProductCardSchema>;
export type ApiProduct = z.output<typeof ProductSchema>;
export type ApiProducerCard = z.output<typeof ProducerCardSchema>;
export type ApiProducer = z.output<typeof ProducerSchema>;
