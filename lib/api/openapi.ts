import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import {
  GroupListSchema,
  IdempotencyKeySchema,
  NoQuerySchema,
  ProblemSchema,
  ProducerPageSchema,
  ProducerSchema,
  ProducersQuerySchema,
  ProductPageSchema,
  ProductSchema,
  ProductsQuerySchema,
  ProvinceListSchema,
  SessionIdParamsSchema,
  SessionPageSchema,
  SessionResultsInputSchema,
  SessionResultsWrittenSchema,
  SessionSchema,
  SessionsQuerySchema,
  SlugParamsSchema,
} from "./schema";

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the zod schemas the route handlers parse
 * and answer with (`schema.ts`): change a schema and the document follows.
 */

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ProblemSchema } } });

const errors = {
  "400": problem("A parameter is unknown, repeated or not valid: `errors` names each one."),
  "500": problem("An error on the portal's side."),
};

function read(summary: string, description: string, ok: z.ZodType, query: z.ZodType, path?: z.ZodObject, tag = "Public data"): ZodOpenApiOperationObject {
  return {
    tags: [tag],
    summary,
    description,
    requestParams: { query: query as z.ZodObject, ...(path ? { path } : {}) },
    responses: {
      "200": { ...json(ok, "OK. Carries an `ETag`; send it back in `If-None-Match` to get a 304 when nothing changed.") },
      "304": { description: "Not modified since the ETag given in `If-None-Match`." },
      ...(path ? { "404": problem("Nothing public has this address.") } : {}),
      ...errors,
    },
  };
}

const tokenErrors = {
  "401": problem("No token, or one that is malformed, unknown, expired or revoked (the detail says which)."),
  "403": problem("The token lacks the scope this needs."),
  "429": problem("Over the token's rate limit: `Retry-After` says when to try again."),
};

const sessionsList = read(
  "Livestream sessions",
  "Public sessions (never drafts) in start order, with their host, channel and approved line-up. Filters combine. " +
    "With an integration token holding `sessions:read-private`, drafts are listed too (and the answer is private).",
  SessionPageSchema,
  SessionsQuerySchema,
);

export const API_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/sessions": {
    get: { operationId: "listSessions", ...sessionsList, security: [{}, { integrationToken: [] }], responses: { ...sessionsList.responses, ...tokenErrors } },
  },
  "/api/v1/sessions/{id}/results": {
    post: {
      operationId: "recordSessionResults",
      tags: ["Integrations"],
      summary: "Record a completed session's figures",
      description:
        "Scope `results:write`. The same rules as the CSV import at /admin/revenue/import: the session must be over, each product is found by SKU (slug) or name, " +
        "figures are whole numbers ≥ 0, no product twice; the session's lines become exactly these (a product left out is removed), all or nothing, audited with the token as the actor. " +
        "Send `Idempotency-Key` to make a retry safe: the same key and body get the same answer and write nothing again; the same key with another body is a 409.",
      security: [{ integrationToken: [] }],
      requestParams: { path: SessionIdParamsSchema, header: z.object({ "Idempotency-Key": IdempotencyKeySchema.optional().meta({ description: "Any unique string per write, e.g. a UUID" }) }) },
      requestBody: { required: true, content: { "application/json": { schema: SessionResultsInputSchema } } },
      responses: {
        "200": json(SessionResultsWrittenSchema, "Written (or nothing to change). A replayed answer carries `Idempotency-Replayed: true`."),
        "400": errors["400"],
        ...tokenErrors,
        "404": problem("There is no session with this id."),
        "409": problem("The session is not over yet, or the Idempotency-Key was used with another body."),
        "413": problem("The body is over 1 MB."),
        "422": problem("Some lines cannot be recorded (unknown product, duplicate…): `errors` names each; nothing was written."),
        "503": problem("The database was too busy to start the write: nothing was written; send the same request again after `Retry-After` seconds."),
        "500": errors["500"],
      },
    },
  },
  "/api/v1/sessions/{id}": {
    get: { operationId: "getSession", ...read("One session", "A public session.", SessionSchema, NoQuerySchema, SessionIdParamsSchema) },
  },
  "/api/v1/products": {
    get: {
      operationId: "listProducts",
      ...read("OCOP products", "Approved products of approved producers, by slug.", ProductPageSchema, ProductsQuerySchema),
    },
  },
  "/api/v1/products/{slug}": {
    get: { operationId: "getProduct", ...read("One product", "An approved product with its current certificate.", ProductSchema, NoQuerySchema, SlugParamsSchema) },
  },
  "/api/v1/producers": {
    get: { operationId: "listProducers", ...read("OCOP producers", "Approved producers, by slug.", ProducerPageSchema, ProducersQuerySchema) },
  },
  "/api/v1/producers/{slug}": {
    get: { operationId: "getProducer", ...read("One producer", "An approved producer and its approved products.", ProducerSchema, NoQuerySchema, SlugParamsSchema) },
  },
  "/api/v1/provinces": {
    get: {
      operationId: "listProvinces",
      ...read("Provinces", "The 34 province-level units since 1 July 2025, each with the former units merged into it.", ProvinceListSchema, NoQuerySchema, undefined, "Reference data"),
    },
  },
  "/api/v1/groups": {
    get: { operationId: "listGroups", ...read("OCOP product groups", "The six product groups.", GroupListSchema, NoQuerySchema, undefined, "Reference data") },
  },
};

let document: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  document ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Chợ phiên OCOP API",
      version: "1.0.0",
      description:
        "Sessions, products, producers and provinces of the OCOP livestream market, as the public pages show them. " +
        "Instants are ISO 8601 in UTC with the Vietnam local time beside them; money is integer VND. " +
        "Lists are paged with `cursor` and `limit`; errors are RFC 9457 problem details.",
    },
    servers: [{ url: "/" }],
    paths: API_PATHS,
    components: {
      securitySchemes: {
        integrationToken: { type: "http", scheme: "bearer", description: "An integration token made by an administrator at /admin/integrations." },
      },
    },
  });
  return document;
}
